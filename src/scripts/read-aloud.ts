// 朗读: reads the page's main content aloud with the browser's own speech synthesis and a Chinese voice, one
// sentence-sized chunk at a time, highlighting and scrolling to the sentence being read. Nothing leaves the page.
import { readingBlocks, type ReadBlock, type ReadChunk } from '../lib/read-aloud-text.ts';
import { readAloudWords as w } from '../ui/read-aloud.ts';

const RATES: Record<string, number> = { slow: 0.75, normal: 1, fast: 1.3 };
const RATE_KEY = 'read-aloud-speed';
/** How long to wait for the voice list, which some browsers fill only after `voiceschanged`. */
const VOICE_WAIT_MS = 2000;

/** A Chinese voice: zh-CN (spelled as the platform spells it) first, then any zh/cmn voice. */
function chineseVoice(voices: SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  return voices.find((v) => /^(zh[-_]CN|cmn[-_]Hans[-_]CN)$/i.test(v.lang)) ?? voices.find((v) => /^(zh|cmn)([-_]|$)/i.test(v.lang));
}

function waitForVoice(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice | undefined> {
  return new Promise((resolve) => {
    const found = chineseVoice(synth.getVoices());
    if (found) return resolve(found);
    const done = () => {
      synth.removeEventListener('voiceschanged', check);
      clearTimeout(timer);
      resolve(chineseVoice(synth.getVoices()));
    };
    const check = () => {
      if (chineseVoice(synth.getVoices())) done();
    };
    synth.addEventListener('voiceschanged', check);
    const timer = setTimeout(done, VOICE_WAIT_MS);
  });
}

/** The main content: the page's one top-level <article> when it has one (not the citation, related cases), else <main>. */
function readingRoot(): Element | null {
  const articles = document.querySelectorAll('main > article');
  return articles.length === 1 ? articles[0]! : document.querySelector('main');
}

const isInline = (node: Node): boolean => !(node instanceof Element) || getComputedStyle(node).display.startsWith('inline');
// checkVisibility() is missing before Safari 17.4: there, display: none is what counts.
const isRendered = (node: Node): boolean =>
  !(node instanceof Element) || (node.checkVisibility?.({ visibilityProperty: true }) ?? getComputedStyle(node).display !== 'none');

function setUp(control: HTMLElement): void {
  const [startButton, pauseButton, stopButton] = (['start', 'pause', 'stop'] as const).map(
    (name) => control.querySelector<HTMLButtonElement>(`[data-read-${name}]`)!,
  ) as [HTMLButtonElement, HTMLButtonElement, HTMLButtonElement];
  const status = control.querySelector<HTMLElement>('[data-read-status]')!;
  const speeds = [...control.querySelectorAll<HTMLInputElement>('input[name="read-aloud-speed"]')];
  const synth: SpeechSynthesis | undefined = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
  const highlights = typeof Highlight === 'function' && 'highlights' in CSS ? CSS.highlights : undefined;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');

  let state: 'idle' | 'speaking' | 'paused' = 'idle';
  let voice: SpeechSynthesisVoice | undefined;
  let blocks: ReadBlock<Node>[] = [];
  let queue: Array<{ block: number; chunk: ReadChunk<Node> }> = [];
  let position = 0;
  /** Bumped whenever speech is cancelled, so the events of a cancelled utterance are ignored. */
  let generation = 0;
  let marked: Element[] = [];

  try {
    const saved = localStorage.getItem(RATE_KEY);
    for (const input of speeds) input.checked = input.value === (saved && saved in RATES ? saved : 'normal');
  } catch {
    // Storage may be forbidden (private browsing): the speed is 中 then.
  }
  const rate = () => RATES[speeds.find((s) => s.checked)?.value ?? 'normal'] ?? 1;

  const say = (text: string) => {
    status.textContent = text;
  };
  const setState = (next: typeof state) => {
    state = next;
    pauseButton.setAttribute('aria-pressed', String(next === 'paused'));
    pauseButton.setAttribute('aria-disabled', String(next === 'idle'));
    stopButton.setAttribute('aria-disabled', String(next === 'idle'));
  };

  const unmark = () => {
    highlights?.delete('read-aloud');
    for (const element of marked) element.classList.remove('read-aloud-current');
    marked = [];
  };

  /** Highlights the chunk, and scrolls it into view when it is not already in view. */
  const mark = (item: { block: number; chunk: ReadChunk<Node> }) => {
    unmark();
    const range = document.createRange();
    const place = item.chunk.place;
    if ('first' in place) {
      range.setStartBefore(place.first);
      range.setEndAfter(place.last);
    } else {
      range.setStart(place.start, place.startOffset);
      range.setEnd(place.end, place.endOffset);
    }
    if (highlights) highlights.set('read-aloud', new Highlight(range));
    else {
      marked = blocks[item.block]!.elements.filter((e): e is Element => e instanceof Element);
      for (const element of marked) element.classList.add('read-aloud-current');
    }
    const rect = range.getBoundingClientRect();
    if (rect.height > 1 && (rect.top < 0 || rect.bottom > innerHeight))
      scrollBy({ top: rect.top - innerHeight / 3, behavior: reduceMotion.matches ? 'instant' : 'smooth' });
  };

  const speakCurrent = () => {
    const item = queue[position];
    if (!synth || !voice || !item) {
      setState('idle');
      unmark();
      say(w.finished);
      return;
    }
    const mine = ++generation;
    const utterance = new SpeechSynthesisUtterance(item.chunk.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = rate();
    utterance.onend = () => {
      if (mine !== generation) return;
      position++;
      speakCurrent();
    };
    utterance.onerror = (event) => {
      if (mine !== generation || event.error === 'interrupted' || event.error === 'canceled') return;
      stop(w.failed);
    };
    if (position === 0 || queue[position - 1]!.block !== item.block) say(w.reading(item.block + 1, blocks.length));
    mark(item);
    synth.speak(utterance);
  };

  const stop = (message: string) => {
    generation++;
    synth?.cancel();
    setState('idle');
    unmark();
    say(message);
  };

  const begin = () => {
    const root = readingRoot();
    blocks = root ? readingBlocks<Node>(root, { isRendered, isInline }) : [];
    queue = blocks.flatMap((block, i) => block.chunks.map((chunk) => ({ block: i, chunk })));
    if (queue.length === 0) return say(w.nothingToRead);
    // A cancel first: a browser may hold speech queued by an earlier page.
    synth!.cancel();
    position = 0;
    setState('speaking');
    speakCurrent();
  };

  // The voice list is asked for when the page loads, so that a press of 朗读 speaks at once: iOS speaks only when
  // speak() is called within the press itself.
  const voiceReady = synth && waitForVoice(synth).then((found) => (voice ??= found));
  startButton.addEventListener('click', () => {
    if (state !== 'idle') stop(w.stopped);
    if (!synth) return say(w.noVoice);
    if (voice) return begin();
    say(w.loading);
    void voiceReady!.then(() => {
      voice ??= chineseVoice(synth.getVoices());
      if (voice) begin();
      else say(w.noVoice);
    });
  });
  pauseButton.addEventListener('click', () => {
    if (!synth || state === 'idle') return;
    if (state === 'speaking') {
      synth.pause();
      setState('paused');
      say(w.paused);
    } else {
      setState('speaking');
      say(w.reading(queue[position]!.block + 1, blocks.length));
      // Some mobile browsers drop a paused utterance instead of holding it: then the chunk is said again.
      if (synth.speaking) synth.resume();
      else speakCurrent();
    }
  });
  stopButton.addEventListener('click', () => {
    if (state !== 'idle') stop(w.stopped);
  });
  for (const input of speeds)
    input.addEventListener('change', () => {
      try {
        localStorage.setItem(RATE_KEY, input.value);
      } catch {
        // Not remembered; still used on this page.
      }
      // The new speed from the sentence being read: it is said again at that speed.
      if (state === 'speaking') {
        generation++;
        synth?.cancel();
        speakCurrent();
      }
    });
  addEventListener('pagehide', () => {
    if (state !== 'idle') stop(w.stopped);
  });

  control.hidden = false;
}

const control = document.querySelector<HTMLElement>('[data-read-aloud]');
if (control) setUp(control);
