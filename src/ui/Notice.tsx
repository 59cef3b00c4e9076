import type { UiModel } from './model';

export interface NoticeProps {
  model: UiModel;
  /** Accept all (`true`) or reject all (`false`). */
  onAll(value: boolean): void;
  onCustomize(): void;
}

/** The first-visit notice: three equally prominent buttons (docs/notice.md#the-notice), the policy link when configured. */
export function Notice({ model, onAll, onCustomize }: NoticeProps) {
  const { texts } = model;
  // In the centre it is modal, on the backdrop App puts it on.
  const modal = model.position === 'center';
  return (
    <div
      class={'cg notice ' + model.position}
      // A bar is its own top-layer box; the centre notice's backdrop is (App).
      popover={modal ? undefined : 'manual'}
      role="dialog"
      // Preact writes an aria attribute's `false` as "false", not as no attribute.
      aria-modal={modal}
      aria-labelledby="cg-title"
      aria-describedby="cg-body"
      tabIndex={-1}
      lang={model.lang}
    >
      <div class="wrap">
        <div class="text">
          <h2 id="cg-title">{texts.title}</h2>
          <p id="cg-body">
            {model.mode === 'opt-out' ? texts.optOutBody : texts.body} {model.policyUrl && <a href={model.policyUrl}>{texts.policy}</a>}
          </p>
        </div>
        <div class="actions">
          <button type="button" class="btn" onClick={() => onAll(true)}>
            {texts.acceptAll}
          </button>
          <button type="button" class="btn" onClick={() => onAll(false)}>
            {texts.rejectAll}
          </button>
          <button type="button" class="btn customize" onClick={onCustomize}>
            {texts.customize}
          </button>
        </div>
      </div>
    </div>
  );
}
