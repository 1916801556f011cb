import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { makeCycleTrace } from '../fixtures/make-cycle'
import { useTraceStore } from './trace'

describe('useTraceStore', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => vi.useRealTimers())

  it('is empty without a trace and ignores navigation', () => {
    const store = useTraceStore()
    store.load(null)
    store.stepForward()
    expect(store.cursor).toBe(0)
    expect(store.hasTrace).toBe(false)
    expect(store.heapAtCursor.objects).toEqual([])
  })

  it('derives the heap at the cursor and moves within bounds', () => {
    const store = useTraceStore()
    store.load(makeCycleTrace())
    store.stepBack()
    expect(store.cursor).toBe(0)
    const firstList = store.trace!.steps.findIndex(
      (s) => s.event.kind === 'object-allocated' && s.event.type === 'list',
    )
    store.goTo(firstList)
    expect(store.heapAtCursor.objects.filter((o) => o.type === 'list')).toHaveLength(1)
    store.stepBack()
    expect(store.heapAtCursor.objects.filter((o) => o.type === 'list')).toHaveLength(0)
    store.toEnd()
    expect(store.atEnd).toBe(true)
    store.goTo(10_000)
    expect(store.cursor).toBe(store.length - 1)
  })

  it('jumps to the next deallocation and shows the freed object dying', () => {
    const store = useTraceStore()
    store.load(makeCycleTrace())
    expect(store.toNextFree()).toBe(true)
    expect(store.step!.event.kind).toBe('object-freed')
    expect(store.dyingAtCursor.map((o) => o.type)).toEqual(['list'])
    store.toEnd()
    expect(store.toNextFree()).toBe(false)
  })

  it('jumps to the next collection and exposes the collector’s state', () => {
    const store = useTraceStore()
    store.load(makeCycleTrace())
    expect(store.gcMoment).toBeNull()
    store.toNextCollection()
    expect(store.gcMoment!.phase).toBe('update-refs')
    store.toEnd()
    expect(store.collections).toHaveLength(1)
    expect(store.output.stdout).toBe('collected 3\n')
  })

  it('jumps to a line', () => {
    const store = useTraceStore()
    store.load(makeCycleTrace())
    expect(store.toLine(5)).toBe(true)
    expect(store.line).toBe(5)
    expect(store.toLine(99)).toBe(false)
  })

  it('plays at the chosen speed and stops at the end', () => {
    vi.useFakeTimers()
    const store = useTraceStore()
    store.load(makeCycleTrace())
    store.setSpeed(10)
    store.play()
    vi.advanceTimersByTime(300)
    expect(store.cursor).toBe(3)
    store.togglePlay()
    vi.advanceTimersByTime(1000)
    expect(store.cursor).toBe(3)
    store.togglePlay()
    vi.advanceTimersByTime(100_000)
    expect(store.atEnd).toBe(true)
    expect(store.playing).toBe(false)
  })
})
