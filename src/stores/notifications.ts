import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'

/** One saved change as the shell shows it for a few seconds. */
export interface Notification {
  readonly id: number
  readonly message: string
  readonly tone: 'success' | 'error'
  /**
   * Writes the previous value back through the same backend call (so the activity log shows it) and
   * says what is now stored; `null` when the person declined on the way (a confirmation).
   */
  readonly undo?: () => Promise<string | null>
  /** The control that saved: focus goes back there when the notification goes away from under it. */
  readonly origin: HTMLElement | null
}

/** Long enough to read and reach Undo; held while the pointer or focus is on the notification. */
export const NOTIFICATION_MS = 8000
const MAX_SHOWN = 3

/**
 * The shell's one notification area: each instant save is said once, politely, and shown for a
 * few seconds with an Undo where there is a previous value to write back.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  const shown = ref<Notification[]>([])
  /** The latest message, for the polite live region. */
  const latest = shallowRef<Notification | null>(null)
  const timers = new Map<number, ReturnType<typeof setTimeout>>()
  let nextId = 1

  function notify(message: string, options: { undo?: Notification['undo']; tone?: Notification['tone'] } = {}): void {
    const origin = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const note: Notification = { id: nextId++, message, tone: options.tone ?? 'success', undo: options.undo, origin }
    for (const old of shown.value.slice(0, -(MAX_SHOWN - 1))) hold(old.id)
    shown.value = [...shown.value.slice(-(MAX_SHOWN - 1)), note]
    latest.value = note
    release(note.id)
  }

  /** Keeps a notification on screen (pointer or focus on it). */
  function hold(id: number): void {
    clearTimeout(timers.get(id))
    timers.delete(id)
  }

  /** Lets a notification go after its time. */
  function release(id: number): void {
    hold(id)
    timers.set(
      id,
      setTimeout(() => dismiss(id), NOTIFICATION_MS),
    )
  }

  function dismiss(id: number): void {
    hold(id)
    shown.value = shown.value.filter(note => note.id !== id)
  }

  return { shown, latest, notify, hold, release, dismiss }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useNotificationsStore, import.meta.hot))
