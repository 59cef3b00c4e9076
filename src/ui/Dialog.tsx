import type { UiModel } from './model';
import { Switch } from './Switch';

export interface DialogProps {
  model: UiModel;
  draft: Readonly<Record<string, boolean>>;
  onToggle(purpose: string, checked: boolean): void;
  onSave(): void;
  /** Accept all (`true`) or reject all (`false`). */
  onAll(value: boolean): void;
  onClose(): void;
}

/** The preferences dialog: a modal WAI-ARIA dialog with one switch per purpose (docs/notice.md#the-dialog); App puts it on the backdrop. */
export function Dialog({ model, draft, onToggle, onSave, onAll, onClose }: DialogProps) {
  const { texts } = model;
  return (
    <div class="cg dialog" role="dialog" aria-modal="true" aria-labelledby="cg-dtitle" tabIndex={-1} lang={model.lang}>
      {/* First in the DOM, as it is first on screen (top corner): focus order follows what is seen. */}
      <button type="button" class="close" aria-label={texts.close} onClick={onClose}>
        ×
      </button>
      <h2 id="cg-dtitle">{texts.dialogTitle}</h2>
      <p>
        {texts.dialogBody} {model.policyUrl && <a href={model.policyUrl}>{texts.policy}</a>}
      </p>
      {model.signalRefused.length > 0 && <p class="note">{texts.gpc}</p>}
      <ul>
        {model.purposes.map((p) => (
          <Switch key={p.id} purpose={p} texts={texts} draft={draft} onToggle={onToggle} />
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="btn" onClick={onSave}>
          {texts.save}
        </button>
        <button type="button" class="btn" onClick={() => onAll(true)}>
          {texts.acceptAll}
        </button>
        <button type="button" class="btn" onClick={() => onAll(false)}>
          {texts.rejectAll}
        </button>
      </div>
    </div>
  );
}
