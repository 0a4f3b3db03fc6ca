import type { TestGraph } from '../../../test-world/graph/testWorld'
import type { GraphBackendOptions } from './graphBackend'
import type { AddOnInput } from '@/domain/ledger/addOns'
import { afterAll, beforeEach } from 'vitest'
import { startTestGraph } from '../../../test-world/graph/testWorld'
import { createGraphBackend } from './graphBackend'

export const TODAY = new Date('2026-11-25T10:00:00Z')

/** A training service, as a technician records one. */
export const TRAINING: AddOnInput = {
  kind: 'training',
  description: 'Formation Outlook Web Access',
  quantity: 2,
  unit: 'days',
  unitPriceMinor: 60_000,
  billing: 'oneOff',
  mailSource: null,
  quotedOn: '2026-11-20',
  startOn: null,
  deliveredOn: null,
  technician: '',
  notes: '',
}

/**
 * The Graph test server for a Vitest file: started once, reseeded before each test (new plan
 * ids, no requests), closed at the end. `backend()` is the adapter on it, without retry delays.
 */
export function useTestGraph() {
  let graph: TestGraph | undefined
  beforeEach(async () => {
    graph ??= await startTestGraph()
    graph.server.reset()
  })
  afterAll(() => graph?.server.close())
  const current = () => graph!
  return {
    graph: current,
    backend: (options: Partial<GraphBackendOptions> & { maxRetries?: number } = {}) =>
      createGraphBackend({
        baseUrl: current().server.baseUrl,
        tokens: current().tokens,
        now: () => TODAY,
        ...options,
        retry: { delaySeconds: 0, ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }) },
      }),
  }
}
