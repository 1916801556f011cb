// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { testPlugins } from './test-setup'
import { makePack, makeVerdict, QUESTIONS, text } from '../fixtures/pack'
import { usePacksStore } from '../stores/packs'
import { useExerciseStore } from '../stores/exercise'
import BaseMarkdown from './BaseMarkdown.vue'
import PredictionForm from './PredictionForm.vue'
import PredictionVerdict from './PredictionVerdict.vue'
import PackProblemList from './PackProblemList.vue'
import TheExerciseSidebar from './TheExerciseSidebar.vue'
import ExerciseWorkbench from './ExerciseWorkbench.vue'

function setUp(lab: Record<string, unknown> = {}) {
  const plugins = testPlugins()
  Object.defineProperty(window, 'lab', { value: lab, configurable: true, writable: true })
  usePacksStore().packs = { 'builtin:test': makePack() }
  usePacksStore().summaries = [makePack()]
  const store = useExerciseStore()
  store.select('builtin:test', 'cycle')
  return { global: { plugins: [plugins.i18n, plugins.pinia] }, store }
}

describe('BaseMarkdown', () => {
  // What DOMPurify removes is checked in Chromium (e2e/exercise.spec.ts): under happy-dom its tree
  // walk misses nodes and lets them through, so a unit test here would prove nothing.
  it('shows the HTML of the UI language, falling back to the other one', async () => {
    const { global } = setUp()
    const wrapper = mount(BaseMarkdown, {
      global,
      props: { text: { md: { en: 'x' }, html: { en: '<p>Hi <code>x</code></p>', zh: '<p>你好</p>' } } },
    })
    expect(wrapper.html()).toContain('<code>x</code>')
    await wrapper.setProps({ text: { md: { zh: 'x' }, html: { zh: '<p>你好</p>' } } })
    expect(wrapper.text()).toBe('你好')
  })
})

describe('PredictionForm', () => {
  afterEach(() => vi.restoreAllMocks())

  it('asks a refcount question with a number field and checks it', async () => {
    const checkAnswer = vi.fn(async () => makeVerdict())
    const getProgress = vi.fn(async () => ({ learner: 'default', records: [], warnings: [] }))
    const { global } = setUp({ checkAnswer, getProgress })
    const wrapper = mount(PredictionForm, { global, props: { question: QUESTIONS.count } })
    expect(wrapper.find('.prediction-prompt').html()).toContain('<code>sys.getrefcount(l)</code>')
    const check = wrapper.get('button[type="submit"]')
    expect(check.attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('3 attempts left')
    await wrapper.get('input[type="number"]').setValue('2')
    expect(check.attributes('disabled')).toBeUndefined()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(checkAnswer).toHaveBeenCalledWith(
      expect.objectContaining({ answer: { kind: 'refcount', value: 2 } }),
    )
    expect(wrapper.get('[data-testid="verdict-score"]').text()).toBe('Score 0%')
    expect(wrapper.get('[data-testid="verdict-hint"]').text()).toContain('Count the list itself.')
    expect(wrapper.get('input[type="number"]').attributes('disabled')).toBeDefined()
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Retry')!
      .trigger('click')
    expect(wrapper.find('[data-testid="verdict"]').exists()).toBe(false)
    expect((wrapper.get('input[type="number"]').element as HTMLInputElement).value).toBe('2')
  })

  it('reorders an order question with named, keyboard-reachable buttons', async () => {
    const { global, store } = setUp()
    const wrapper = mount(PredictionForm, {
      global,
      props: { question: QUESTIONS.order },
      attachTo: document.body,
    })
    const before = store.draftFor(QUESTIONS.order).ids
    expect([...before].sort()).toEqual(['a', 'b', 'c'])
    const items = () => wrapper.findAll('.order-item').map((li) => li.find('.order-label').text())
    expect(items()).toEqual(before.map((id) => ({ a: 'del A', b: 'del B', c: 'del C' })[id]))
    const down = wrapper.get(`button[aria-label="Move “${items()[0]}” down"]`)
    const first = items()[0]
    await down.trigger('click')
    await flushPromises()
    expect(items()[1]).toBe(first)
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`Move “${first}” down`)
    expect(wrapper.get('button[data-index="0"][data-move="up"]').attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })

  it('chooses objects with chips and a concept with radio buttons', async () => {
    const { global, store } = setUp()
    const alive = mount(PredictionForm, { global, props: { question: QUESTIONS.alive } })
    const chips = alive.findAll('button.chip')
    expect(chips.map((c) => c.text())).toEqual(['the first list', 'the second list'])
    await chips[1].trigger('click')
    expect(store.draftFor(QUESTIONS.alive).ids).toEqual(['second'])
    expect(alive.findAll('button.chip')[1].attributes('aria-pressed')).toBe('true')
    // Choosing none is an answer too.
    expect(alive.get('button[type="submit"]').attributes('disabled')).toBeUndefined()
    expect(alive.text()).toContain('2 attempts left')

    const why = mount(PredictionForm, { global, props: { question: QUESTIONS.why } })
    expect(why.get('button[type="submit"]').attributes('disabled')).toBeDefined()
    await why.findAll('input[type="radio"]')[0].setValue(true)
    expect(store.draftFor(QUESTIONS.why).ids).toEqual(['cycle'])

    const out = mount(PredictionForm, { global, props: { question: QUESTIONS.out } })
    await out.get('textarea').setValue('collected 3\n')
    expect(store.draftFor(QUESTIONS.out).text).toBe('collected 3\n')
  })
})

describe('PredictionVerdict', () => {
  it('shows partial credit, the right answer, the facts and the explanation', () => {
    const { global } = setUp()
    const wrapper = mount(PredictionVerdict, {
      global,
      props: {
        labelOf: (id: string) => `label ${id}`,
        verdict: makeVerdict({
          score: 0.5,
          given: { kind: 'order', ids: ['b', 'a'] },
          right: { kind: 'order', ids: ['a', 'b'] },
          facts: [
            {
              id: 'pep442',
              text: { en: 'On 3.4+ `__del__` runs (PEP 442).', zh: '3.4 起 `__del__` 会运行。' },
            },
          ],
          explanation: text('B dies before A.'),
          hint: null,
          attemptsLeft: 0,
        }),
      },
    })
    expect(wrapper.text()).toContain('Partly right')
    expect(wrapper.get('[data-testid="verdict-score"]').text()).toBe('Score 50%')
    expect(wrapper.findAll('[data-testid="verdict-right"] ol li').map((li) => li.text())).toEqual([
      'label a',
      'label b',
    ])
    expect(wrapper.get('[data-fact="pep442"]').html()).toContain('<code>__del__</code>')
    expect(wrapper.get('[data-testid="verdict-explanation"]').text()).toContain('B dies before A.')
    expect(wrapper.text()).toContain('No attempts left')
  })

  it('keeps the answer hidden while attempts remain', () => {
    const { global } = setUp()
    const wrapper = mount(PredictionVerdict, {
      global,
      props: { labelOf: (id: string) => id, verdict: makeVerdict() },
    })
    expect(wrapper.text()).toContain('Not right')
    expect(wrapper.find('[data-testid="verdict-right"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('The right answer is shown once you answer rightly')
  })
})

describe('exercise list and workbench', () => {
  it('lists exercises with progress and marks the broken one', async () => {
    const { global, store } = setUp()
    const wrapper = mount(TheExerciseSidebar, { global })
    const buttons = wrapper.findAll('.sidebar-exercise')
    expect(buttons[0].text()).toContain('make_cycle')
    expect(buttons[0].text()).toContain('0/5')
    expect(buttons[0].attributes('aria-current')).toBe('true')
    expect(buttons[1].text()).toContain('has errors')
    await buttons[1].trigger('click')
    expect(store.exerciseId).toBe('broken')
    expect(wrapper.find('#pack-open-path').exists()).toBe(true)
  })

  it('shows an invalid exercise as its problems, file:line:column', async () => {
    const { global, store } = setUp()
    store.select('builtin:test', 'broken')
    const wrapper = mount(ExerciseWorkbench, { global })
    expect(wrapper.get('[role="alert"]').text()).toContain('broken.yaml:9:12: line 42 is outside the code')
    expect(wrapper.find('.prediction-form').exists()).toBe(false)
  })

  it('shows a valid exercise: profiles, read-only code with checkpoints, one form per question', async () => {
    const { global } = setUp()
    const wrapper = mount(ExerciseWorkbench, { global, attachTo: document.body })
    await flushPromises()
    expect(wrapper.get('h2').text()).toBe('make_cycle')
    expect(wrapper.findAll('select option').map((o) => o.text())).toEqual(['CPython 3.12', 'CPython 2.7'])
    expect(wrapper.findAll('.exercise-checkpoint h3').map((h) => h.text())).toEqual([
      'After line 5',
      'Before line 9',
    ])
    expect(wrapper.findAll('.prediction-form')).toHaveLength(5)
    expect(wrapper.find('.cm-content').attributes('contenteditable')).toBe('false')
    expect(wrapper.findAll('[data-checkpoint]').map((l) => l.attributes('data-checkpoint'))).toEqual([
      'after',
      'before',
    ])
    wrapper.unmount()
  })

  it('lists problems as the CLI prints them', () => {
    const { global } = setUp()
    const wrapper = mount(PackProblemList, {
      global,
      props: { problems: [{ file: 'pack.yaml', line: 1, column: 2, message: 'bad', severity: 'warning' }] },
    })
    expect(wrapper.text()).toBe('pack.yaml:1:2: warning: bad')
  })
})
