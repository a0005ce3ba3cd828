// UI words of the display modes (长者模式, 高对比度, 大鼠标), tap-to-call links and the filing-record links.
export const modesWords = {
  /** The group of toggles, and the button that opens it on a small screen. */
  settings: '显示设置',
  elder: '长者模式',
  contrast: '高对比度',
  cursor: '大鼠标',
  /** The visible state beside each toggle (aria-pressed says the same to screen readers). */
  on: '开',
  off: '关',
  /** The accessible name of a table or chart area that scrolls sideways inside the page. */
  scrollRegion: (caption: string) => `${caption}（可左右滑动查看）`,
  /** The caption of that region around a table written in a case or page body, which has no caption of its own. */
  table: '表格',
  /** Title of a phone number link. */
  call: (number: string) => `拨打 ${number}`,
  /** Title of the 公安机关备案号 link. */
  psbRecord: '查询公安机关备案信息',
  /** Title of the ICP备案号 link. */
  icpRecord: '查询ICP备案信息',
} as const;
