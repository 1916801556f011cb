/** 简体中文界面文本。与 en.ts 的键一一对应。 */
export default {
  app: {
    title: 'Python 内存实验室',
    subtitle: '一步一步看 CPython 如何管理内存',
    language: '语言',
    transport: { 'electron-ipc': '桌面应用', 'web-http': '本地网页应用（127.0.0.1）' },
    loading: '正在连接模拟器……',
    serviceError: '模拟器服务没有响应：{message}',
  },
  nav: { label: '主要栏目', home: '首页', sandbox: '沙盒' },
  home: {
    heading: '欢迎来到 Python 内存实验室',
    intro:
      '先预测 CPython 会怎样处理内存，再在忠实的模拟器上运行程序，看清原因：引用计数、循环垃圾回收、弱引用、闭包以及 pymalloc 分配器。',
    profiles: '可模拟的 CPython 版本：{profiles}',
    openSandbox: '打开沙盒',
    cards: {
      refcount: { title: '引用计数', body: '谁持有引用，对象何时被释放。' },
      gc: { title: '循环垃圾回收', body: '分代、阈值、gc_refs 与 gc.garbage。' },
      alloc: { title: '内存分配器', body: 'arena、pool、block、空闲链表与缓存。' },
    },
  },
  sandbox: {
    heading: '沙盒',
    code: '程序',
    profile: '版本',
    run: '运行',
    cancel: '取消',
    running: '运行中……',
    stdout: '输出（stdout）',
    stderr: '错误（stderr）',
    empty: '（无）',
    status: '用时 {ms} 毫秒，{steps} 步，退出码 {code}',
    stopped: '已停止：{type}',
  },
}
