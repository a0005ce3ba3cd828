// Progressive enhancement of a rectification ledger: status/unit <select>s that hide non-matching rows and say how many show.
// Without JavaScript the controls stay hidden and the full table shows.

function enhance(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('[data-ledger-filter]');
  const status = root.querySelector<HTMLSelectElement>('select[data-filter="status"]');
  const unit = root.querySelector<HTMLSelectElement>('select[data-filter="unit"]');
  const live = root.querySelector<HTMLElement>('[data-ledger-count]');
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  if (!controls || !status || !unit || !live) return;

  const apply = () => {
    let visible = 0;
    for (const row of rows) {
      const show =
        (!status.value || row.dataset['statusLabel'] === status.value) &&
        (!unit.value || row.dataset['unit'] === unit.value);
      row.hidden = !show;
      if (show) visible++;
    }
    live.textContent =
      status.value || unit.value
        ? `筛选结果：显示 ${visible} 项，共 ${rows.length} 项。`
        : `显示全部 ${rows.length} 项。`;
  };

  // A link to #item-<n> must show that item even when a filter would hide it.
  const revealTarget = () => {
    const target =
      location.hash.length > 1
        ? root.querySelector<HTMLTableRowElement>(`tr#${CSS.escape(location.hash.slice(1))}`)
        : null;
    if (target?.hidden) {
      status.value = '';
      unit.value = '';
      apply();
      target.scrollIntoView();
    }
  };

  status.addEventListener('change', apply);
  unit.addEventListener('change', apply);
  window.addEventListener('hashchange', revealTarget);
  // Browsers may restore a select's value on back/forward navigation: honour it. Filled in before the
  // controls show, so the first count is not announced as a change.
  apply();
  controls.hidden = false;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-ledger]')) enhance(root);
