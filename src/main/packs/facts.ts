/**
 * Facts that explain an answer key, in both languages. Two sources:
 * - the trace of the run that computed the key (who refers to an object at the checkpoint, which
 *   objects `move_unreachable` left unreachable), and
 * - what each profile's CPython does differently, checked against the real interpreters
 *   (shared/reference/cpython-memory.md §3, §4.4, §5, §10).
 */
import type { Fact, Question } from '../../shared/pack'
import type { GcObjectState, HeapSnapshot, ProfileName, Trace } from '../../shared/trace'
import { typesById } from './trace-points'

const PY2: ReadonlySet<ProfileName> = new Set(['2.7'])
const BEFORE_311: ReadonlySet<ProfileName> = new Set(['2.7', '3.10'])
const IMMORTALS: ReadonlySet<ProfileName> = new Set(['3.12', '3.13'])

/** Facts about how the profile behaves, for a question of this kind. */
export function profileFacts(question: Question, profile: ProfileName, insideFunction: boolean): Fact[] {
  const facts: Fact[] = []
  if (question.kind === 'refcount') {
    facts.push({
      id: 'getrefcount-argument',
      text: {
        en: '`sys.getrefcount(x)` counts one more than the references you can see: its own argument.',
        zh: '`sys.getrefcount(x)` 比你能看到的引用多 1:它自己的参数也算一个引用。',
      },
    })
    if (insideFunction) {
      facts.push(
        BEFORE_311.has(profile)
          ? {
              id: 'args-copied',
              text: {
                en: `On ${profile} a call adds 2 references to each argument: the caller's evaluation stack keeps one for the whole call and the callee's frame takes another.`,
                zh: `在 ${profile} 上,调用会给每个实参加 2 个引用:调用方的求值栈在整个调用期间保留一个,被调函数的帧再持有一个。`,
              },
            }
          : {
              id: 'args-transferred',
              text: {
                en: `On ${profile} (3.11 and later) a call adds 1 reference to each argument: the caller's stack reference is moved into the callee's frame instead of being copied.`,
                zh: `在 ${profile}(3.11 及以后)上,调用只给每个实参加 1 个引用:调用方栈上的引用被转移进被调函数的帧,而不是再复制一份。`,
              },
            },
      )
    }
    if (IMMORTALS.has(profile)) {
      facts.push({
        id: 'immortal',
        text: {
          en: `On ${profile}, None, True/False, small ints, () and '' are immortal (PEP 683): getrefcount reports 4294967295 for them and never changes.`,
          zh: `在 ${profile} 上,None、True/False、小整数、() 和 '' 是永生对象(PEP 683):getrefcount 对它们总是返回 4294967295。`,
        },
      })
    }
  }
  if (question.kind === 'collect') {
    facts.push({
      id: 'collect-counts-unreachable',
      text: {
        en: '`gc.collect()` returns how many unreachable objects it found, uncollectable ones included.',
        zh: '`gc.collect()` 返回它找到的不可达对象的个数(包括无法回收的)。',
      },
    })
    facts.push(
      IMMORTALS.has(profile)
        ? {
            id: 'inline-dict',
            text: {
              en: `On ${profile} an instance keeps its attributes inline: unless you touch \`__dict__\`, no separate dict is created, so each instance in a cycle counts once.`,
              zh: `在 ${profile} 上,实例的属性内联存放:除非访问 \`__dict__\`,不会另建字典,所以环里每个实例只计 1 个。`,
            },
          }
        : {
            id: 'separate-dict',
            text: {
              en: `On ${profile} every instance with attributes has its own \`__dict__\`, a second GC object, so an instance in a cycle usually counts twice.`,
              zh: `在 ${profile} 上,带属性的实例各有一个独立的 \`__dict__\`(也是 GC 对象),所以环里的一个实例通常计 2 个。`,
            },
          },
    )
  }
  if (question.kind === 'garbage' || question.kind === 'order') {
    facts.push(
      PY2.has(profile)
        ? {
            id: 'legacy-finalizers',
            text: {
              en: 'On 2.7 the collector will not guess an order for `__del__` methods in a cycle: such objects (and what they reach) are left alive in `gc.garbage`, and their `__del__` never runs unless you break the cycle yourself.',
              zh: '在 2.7 上,回收器不会替环中的 `__del__` 决定调用顺序:这些对象(以及它们可达的对象)被留在 `gc.garbage` 里继续存活,除非你手动破环,它们的 `__del__` 永远不会执行。',
            },
          }
        : {
            id: 'pep442',
            text: {
              en: `On ${profile} (PEP 442, Python 3.4+) cycles with \`__del__\` are collected: every \`__del__\` in the cycle runs once, in the order the collector lists the objects (allocation order), then the cycle is cleared. \`gc.garbage\` stays empty.`,
              zh: `在 ${profile} 上(PEP 442,Python 3.4+),带 \`__del__\` 的环也会被回收:环中每个 \`__del__\` 只执行一次,顺序是回收器链表中的顺序(分配顺序),然后拆环;\`gc.garbage\` 保持为空。`,
            },
          },
    )
  }
  return facts
}

/** Who refers to the object at `address` at the checkpoint, as the heap graph shows it. */
export function referrerFacts(heap: HeapSnapshot, address: number): Fact[] {
  const target = heap.objects.find((o) => o.address === address)
  if (!target) return []
  const en: string[] = []
  const zh: string[] = []
  for (const frame of heap.frames) {
    for (const v of frame.vars) {
      if (v.target !== target.id) continue
      en.push(`the name \`${v.name}\` in ${frame.name}`)
      zh.push(`${frame.name} 中的名字 \`${v.name}\``)
    }
  }
  for (const o of heap.objects) {
    for (const ref of o.refs) {
      if (ref.target !== target.id || ref.kind === 'weak') continue
      en.push(`${ref.label} of a ${o.type} (${o.repr})`)
      zh.push(`一个 ${o.type}(${o.repr})的 ${ref.label}`)
    }
  }
  if (en.length === 0) return []
  return [
    {
      id: 'referrers',
      text: {
        en: `At this point the ${target.type} has refcnt ${target.refcnt}. References the heap graph shows: ${en.join('; ')}.`,
        zh: `此时这个 ${target.type} 的 refcnt 是 ${target.refcnt}。堆图中指向它的引用:${zh.join(';')}。`,
      },
    },
  ]
}

/** Which objects `move_unreachable` found unreachable in the first collection at or after `from`. */
export function unreachableFacts(trace: Trace, from: number): Fact[] {
  const types = typesById(trace)
  for (let i = from; i < trace.steps.length; i++) {
    const event = trace.steps[i].event
    if (event.kind !== 'gc-phase-entered' || event.phase !== 'move-unreachable') continue
    const lost = event.objects.filter((o: GcObjectState) => !o.reachable)
    const names = lost.map((o) => types.get(o.id) ?? 'object')
    return [
      {
        id: 'unreachable',
        text: {
          en: `After subtract_refs, ${lost.length} object(s) had gc_refs 0 and nothing reachable pointed at them; move_unreachable set them aside: ${names.join(', ') || 'none'}.`,
          zh: `subtract_refs 之后,有 ${lost.length} 个对象的 gc_refs 为 0 且没有可达对象指向它们,move_unreachable 把它们移入不可达列表:${names.join('、') || '无'}。`,
        },
      },
    ]
  }
  return []
}

/** True when `line` (1-based) sits inside a `def` body, judged by indentation. */
export function insideFunction(code: string, line: number): boolean {
  const lines = code.split('\n')
  const indent = (text: string): number => /^ */.exec(text)![0].length
  let current = indent(lines[line - 1] ?? '')
  for (let i = line - 2; i >= 0 && current > 0; i--) {
    const text = lines[i]
    if (text.trim() === '' || text.trim().startsWith('#')) continue
    const level = indent(text)
    if (level < current) {
      if (/^\s*(async\s+)?def\s/.test(text)) return true
      current = level
    }
  }
  return false
}
