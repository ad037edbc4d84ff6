// Browser cues for the run of show: a short sound (WebAudio) and a notification at each
// segment change. Nothing is asked of the browser until the facilitator turns cues on: the
// permission prompt and the audio context both come from that click.

const KEY = "sessions.run.cues";

export function cuesWanted(): boolean {
  try {
    return localStorage.getItem(KEY) === "on";
  } catch {
    return false;
  }
}

function remember(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, "on");
    else localStorage.removeItem(KEY);
  } catch {
    /* storage disabled: on for this page only */
  }
}

type AudioCtor = typeof AudioContext;

export class Cues {
  private audio: AudioContext | null = null;

  /** Turns cues on (from a user's click): the audio context, then the permission to notify.
   * Returns the notification permission ("unsupported" where there are none). */
  async enable(): Promise<NotificationPermission | "unsupported"> {
    remember(true);
    this.ensureAudio();
    if (typeof Notification === "undefined") return "unsupported";
    if (Notification.permission === "default") {
      try {
        return await Notification.requestPermission();
      } catch {
        return Notification.permission;
      }
    }
    return Notification.permission;
  }

  disable(): void {
    remember(false);
    const a = this.audio;
    this.audio = null;
    a?.close().catch(() => undefined);
  }

  private ensureAudio(): AudioContext | null {
    if (this.audio) return this.audio;
    const w = window as unknown as { AudioContext?: AudioCtor; webkitAudioContext?: AudioCtor };
    const Ctor = w.AudioContext ?? w.webkitAudioContext;
    if (!Ctor) return null;
    try {
      this.audio = new Ctor();
    } catch {
      this.audio = null;
    }
    return this.audio;
  }

  /** Two short tones, quiet enough for a headset. */
  beep(): void {
    const ac = this.ensureAudio();
    if (!ac) return;
    try {
      if (ac.state === "suspended") void ac.resume();
      const t0 = ac.currentTime;
      [880, 1320].forEach((hz, i) => {
        const start = t0 + i * 0.18;
        const osc = ac.createOscillator();
        const gain = ac.createGain();
        osc.type = "sine";
        osc.frequency.setValueAtTime(hz, start);
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.16);
        osc.connect(gain);
        gain.connect(ac.destination);
        osc.start(start);
        osc.stop(start + 0.17);
      });
    } catch {
      /* no sound: the notification and the page still say it */
    }
  }

  /** A segment change: the sound, and a notification when the browser allows it. */
  cue(title: string, body: string, tag: string): void {
    this.beep();
    if (typeof Notification === "undefined" || Notification.permission !== "granted") return;
    try {
      new Notification(title, { body, tag });
    } catch {
      /* some browsers notify only from a service worker: the sound has played */
    }
  }
}
