/**
 * `pymem-lab pack new DIR`: a small valid pack to start from, with one exercise showing a refcount,
 * a value and a choice question in both languages.
 */
export function starterPack(id: string): Record<string, string> {
  return {
    'pack.yaml': `# A PyMem Lab exercise pack. Format: exercises/README.md in the PyMem Lab repository.
id: ${id}
version: 0.1.0
title:
  zh: 我的练习
  en: My exercises
description:
  zh: 关于 CPython 内存管理的练习。
  en: Exercises on how CPython manages memory.
authors: [Your Name]
languages: [zh, en]
profile: '3.12'
exercises:
  - first-refcount
`,
    'first-refcount.yaml': `id: first-refcount
title:
  zh: 第一个引用计数
  en: A first reference count
intro:
  zh: 先预测,再运行,再看为什么。
  en: Predict, then run, then see why.
profiles: ['3.12', '2.7']
code: |
  import sys
  a = []
  b = a
  print(sys.getrefcount(a))
checkpoints:
  - id: after-alias
    after: 3
    questions:
      - id: count
        kind: refcount
        expression: a
        prompt:
          zh: '此时 \`sys.getrefcount(a)\` 返回多少?'
          en: 'What does \`sys.getrefcount(a)\` return here?'
        hints:
          - zh: 数一数指向这个列表的名字,再加上 getrefcount 自己的参数。
            en: Count the names bound to the list, then add getrefcount's own argument.
        explain:
          zh: '\`a\` 和 \`b\` 各一个引用,调用 getrefcount 时参数再加一个。'
          en: "\`a\` and \`b\` hold one reference each; the call's argument adds one more."
      - id: same
        kind: value
        expression: a is b
        prompt:
          zh: '\`a is b\` 的值是什么?'
          en: 'What is \`a is b\`?'
      - id: copy
        kind: choice
        prompt:
          zh: '\`b = a\` 做了什么?'
          en: 'What does \`b = a\` do?'
        options:
          - id: alias
            label: { zh: 让 b 指向同一个列表, en: Binds b to the same list }
            correct: true
          - id: copy
            label: { zh: 复制了这个列表, en: Copies the list }
`,
  }
}
