import Dexie from 'dexie'

/**
 * Tabs of this browser showing the same demo data tell each other when one of them wrote: each
 * write's transaction, once committed, says so on a BroadcastChannel named after the database (a
 * test's own database talks to no one else). A browser without one just doesn't hear.
 */
export interface TabChanges {
  /** Call inside a write's transaction: the other tabs hear once it commits, never for one rolled back. */
  readonly announceOnCommit: () => void
  readonly listen: (listener: () => void) => () => void
}

export function createTabChanges(databaseName: string): TabChanges {
  const name = `bpos.changes.${databaseName}`
  let sender: BroadcastChannel | undefined
  const send = () => {
    if (typeof BroadcastChannel === 'undefined') return
    sender ??= new BroadcastChannel(name)
    sender.postMessage('changed')
  }
  return {
    announceOnCommit: () => {
      const transaction = Dexie.currentTransaction
      if (transaction) transaction.on('complete', send)
      else send()
    },
    listen: listener => {
      if (typeof BroadcastChannel === 'undefined') return () => {}
      // A channel object never hears its own messages: this tab's writes are not news to it.
      const receiver = new BroadcastChannel(name)
      receiver.onmessage = () => listener()
      return () => receiver.close()
    },
  }
}
