import type { UiModel } from './model';
import { fill } from './model';

export interface PlaceholderProps {
  model: UiModel;
  /** What is blocked: the element's `title`, else its provider (may be empty). */
  name: string;
  purposes: readonly string[];
  onAllow(): void;
}

/** Stands in a blocked iframe's box: what it is, what it needs, a button that grants exactly that (docs/gate.md#placeholders). */
export function Placeholder({ model, name, purposes, onAllow }: PlaceholderProps) {
  const labels = purposes.map((id) => model.purposes.find((p) => p.id === id)?.label ?? id);
  return (
    <div class="cg ph" lang={model.lang}>
      {name && <strong>{name}</strong>}
      <p>{fill(model.texts.placeholder, labels)}</p>
      {/* In .actions: the button's fallback text colour belongs to its fill (styles.css). */}
      <div class="actions">
        <button type="button" class="btn" onClick={onAllow}>
          {fill(model.texts.allow, labels)}
        </button>
      </div>
    </div>
  );
}
