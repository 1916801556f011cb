/**
 * The trace being explored and the cursor through it. The cursor is the single source of truth: the
 * scrubber and the controls move it; the heap graph, the code's current line and the panels derive
 * from it.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Trace } from '@shared/trace'
import { emptySnapshot, snapshotAt } from '@shared/trace-replay'
import {
  collectionLog,
  gcMomentAt,
  nextCollection,
  nextFree,
  nextLineStart,
  outputUpTo,
} from '../lib/trace-navigation'

/** Playback speeds, in steps per second. */
export const SPEEDS = [1, 2, 5, 10, 25] as const
export type Speed = (typeof SPEEDS)[number]

export const useTraceStore = defineStore('trace', () => {
  const trace = shallowRef<Readonly<Trace> | null>(null)
  const cursor = ref(0)
  const playing = ref(false)
  const speed = ref<Speed>(5)
  let timer: ReturnType<typeof setInterval> | null = null

  const length = computed(() => trace.value?.steps.length ?? 0)
  const hasTrace = computed(() => length.value > 0)
  const step = computed(() => trace.value?.steps[cursor.value] ?? null)
  const heapAtCursor = computed(() => (trace.value ? snapshotAt(trace.value, cursor.value) : emptySnapshot()))
  /** Objects the current step freed, at their state just before. */
  const dyingAtCursor = computed(() => {
    const removed = step.value?.removed ?? []
    if (!trace.value || removed.length === 0 || cursor.value === 0) return []
    const before = snapshotAt(trace.value, cursor.value - 1)
    return before.objects.filter((o) => removed.includes(o.id))
  })
  const gcMoment = computed(() => (trace.value ? gcMomentAt(trace.value.steps, cursor.value) : null))
  const collections = computed(() => (trace.value ? collectionLog(trace.value.steps, cursor.value) : []))
  const output = computed(() =>
    trace.value ? outputUpTo(trace.value.steps, cursor.value) : { stdout: '', stderr: '' },
  )
  const line = computed(() => step.value?.line ?? null)
  const atStart = computed(() => cursor.value <= 0)
  const atEnd = computed(() => cursor.value >= length.value - 1)

  function load(next: Readonly<Trace> | null): void {
    pause()
    trace.value = next
    cursor.value = 0
  }

  function goTo(index: number | null): void {
    if (index === null || !hasTrace.value) return
    cursor.value = Math.max(0, Math.min(Math.round(index), length.value - 1))
  }

  const stepForward = () => goTo(cursor.value + 1)
  const stepBack = () => goTo(cursor.value - 1)
  const toStart = () => goTo(0)
  const toEnd = () => goTo(length.value - 1)

  /** Moves to the next deallocation; returns false when there is none. */
  function toNextFree(): boolean {
    const index = trace.value ? nextFree(trace.value.steps, cursor.value) : null
    goTo(index)
    return index !== null
  }

  function toNextCollection(): boolean {
    const index = trace.value ? nextCollection(trace.value.steps, cursor.value) : null
    goTo(index)
    return index !== null
  }

  function toLine(lineNumber: number): boolean {
    const index = trace.value ? nextLineStart(trace.value.steps, cursor.value, lineNumber) : null
    goTo(index)
    return index !== null
  }

  function play(): void {
    if (!hasTrace.value || playing.value) return
    if (atEnd.value) toStart()
    playing.value = true
    timer = setInterval(() => {
      if (atEnd.value) pause()
      else stepForward()
    }, 1000 / speed.value)
  }

  function pause(): void {
    playing.value = false
    if (timer !== null) clearInterval(timer)
    timer = null
  }

  function togglePlay(): void {
    if (playing.value) pause()
    else play()
  }

  function setSpeed(next: Speed): void {
    speed.value = next
    if (playing.value) {
      pause()
      play()
    }
  }

  return {
    trace,
    cursor,
    playing,
    speed,
    length,
    hasTrace,
    step,
    heapAtCursor,
    dyingAtCursor,
    gcMoment,
    collections,
    output,
    line,
    atStart,
    atEnd,
    load,
    goTo,
    stepForward,
    stepBack,
    toStart,
    toEnd,
    toNextFree,
    toNextCollection,
    toLine,
    play,
    pause,
    togglePlay,
    setSpeed,
  }
})
