/** English UI messages. Every UI string lives in a catalogue; zh-CN.ts has the same keys. */
export default {
  app: {
    title: 'PyMem Lab',
    subtitle: 'How CPython manages memory, step by step',
    language: 'Language',
    transport: { 'electron-ipc': 'Desktop app', 'web-http': 'Local web app (127.0.0.1)' },
    loading: 'Connecting to the simulator…',
    serviceError: 'The simulator service did not answer: {message}',
  },
  nav: { label: 'Main sections', home: 'Home', sandbox: 'Sandbox' },
  home: {
    heading: 'Welcome to PyMem Lab',
    intro:
      'Predict what CPython does with memory, run the program on a faithful simulator, and see why: reference counts, the cycle collector, weak references, closures and the pymalloc allocator.',
    profiles: 'Simulated CPython profiles: {profiles}',
    openSandbox: 'Open the sandbox',
    cards: {
      refcount: { title: 'Reference counting', body: 'Who holds a reference, and when an object dies.' },
      gc: { title: 'The cycle collector', body: 'Generations, thresholds, gc_refs and gc.garbage.' },
      alloc: { title: 'The allocator', body: 'Arenas, pools, blocks, free lists and caches.' },
    },
  },
  sandbox: {
    heading: 'Sandbox',
    code: 'Program',
    profile: 'Profile',
    run: 'Run',
    cancel: 'Cancel',
    running: 'Running…',
    stdout: 'Output (stdout)',
    stderr: 'Errors (stderr)',
    empty: '(nothing)',
    status: 'Finished in {ms} ms, {steps} steps, exit code {code}',
    stopped: 'Stopped: {type}',
  },
}
