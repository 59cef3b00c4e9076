import type { UiModel } from './model';
import { fill } from './model';

export interface PlaceholderProps {
  model: UiModel;
  /** What is blocked, from the element's `title` (may be empty). */
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
      <button type="button" class="btn" onClick={onAllow}>{fill(model.texts.allow, labels)}</button>
    </div>
  );
}
