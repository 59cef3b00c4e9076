import type { PurposeView } from './model';
import type { Texts } from '../i18n/index';

export interface SwitchProps {
  purpose: PurposeView;
  /** The dialog's unsaved choices: this switch shows its purpose's. */
  draft: Readonly<Record<string, boolean>>;
  texts: Texts;
  onToggle(purpose: string, checked: boolean): void;
}

/** One purpose: a native checkbox with switch semantics, named by the purpose label (docs/notice.md#the-dialog). */
export function Switch({ purpose, draft, texts, onToggle }: SwitchProps) {
  const id = 'cg-p-' + purpose.id;
  return (
    <li>
      <div class="row">
        <label for={id}>{purpose.label}</label>
        <input
          id={id}
          type="checkbox"
          // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox's checked state is its aria-checked (HTML-AAM)
          role="switch"
          checked={!!draft[purpose.id]}
          aria-describedby={purpose.description ? id + '-d' : undefined}
          onChange={(e) => onToggle(purpose.id, (e.currentTarget as HTMLInputElement).checked)}
        />
      </div>
      {purpose.description && (
        <p class="desc" id={id + '-d'}>
          {purpose.description}
        </p>
      )}
      {purpose.cookies.length > 0 && (
        <details>
          <summary>
            {texts.cookies} ({purpose.cookies.length})
          </summary>
          <dl>
            {purpose.cookies.map((c, i) => [
              <dt key={'n' + i}>{c.name}</dt>,
              <dd key={'d' + i}>{[c.provider, c.duration, c.description].filter(Boolean).join(' · ')}</dd>,
            ])}
          </dl>
        </details>
      )}
    </li>
  );
}
