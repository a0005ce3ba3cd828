// The words of the 朗读 (read-aloud) control: its buttons, speed choice, the states it announces and its notices.
export const readAloudWords = {
  region: '语音朗读',
  start: '朗读',
  pause: '暂停',
  stop: '停止',
  speed: '语速',
  slow: '慢',
  normal: '中',
  fast: '快',
  reading: (block: number, total: number) => `正在朗读第 ${block} 段，共 ${total} 段`,
  paused: '已暂停，再按“暂停”继续',
  stopped: '已停止',
  finished: '已读完',
  loading: '正在准备中文语音…',
  nothingToRead: '本页没有可朗读的正文。',
  noVoice: '本浏览器没有中文语音，无法朗读。可使用手机自带的“朗读屏幕”功能。',
  failed: '朗读出错，已停止。',
} as const;
