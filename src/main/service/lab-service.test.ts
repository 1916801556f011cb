import { describe, expect, it } from 'vitest'
import { LabService } from './lab-service'
import { InProcessRunner } from '../runner/in-process-runner'
import { ApiInputError } from '../../shared/api'

function service(): LabService {
  return new LabService({
    transport: 'web-http',
    runner: new InProcessRunner(),
    systemLanguage: 'zh-CN',
    version: '9.9.9',
  })
}

describe('LabService', () => {
  it('answers getAppInfo with the four profiles', async () => {
    const info = await service().call('getAppInfo', {})
    expect(info).toEqual({
      name: 'PyMem Lab',
      version: '9.9.9',
      transport: 'web-http',
      profiles: ['2.7', '3.10', '3.12', '3.13'],
      systemLanguage: 'zh-CN',
    })
  })

  it('runs a program on the simulator', async () => {
    const outcome = await service().call('runProgram', {
      runId: 'r1',
      source: 'print("hi")\n',
      profile: '2.7',
    })
    expect(outcome.stdout).toBe('hi\n')
    expect(outcome.runId).toBe('r1')
    expect(outcome.profile).toBe('2.7')
  })

  it.each([
    ['an unknown profile', { runId: 'r', source: '', profile: '3.9' }, 'profile'],
    ['a missing run id', { source: '', profile: '3.12' }, 'runId'],
    ['a source that is not text', { runId: 'r', source: 42, profile: '3.12' }, 'source'],
    ['an unknown field', { runId: 'r', source: '', profile: '3.12', shell: 'rm -rf /' }, 'shell'],
    ['a negative step budget', { runId: 'r', source: '', profile: '3.12', maxSteps: -1 }, 'maxSteps'],
  ])('rejects %s before it reaches the simulator', async (_name, input, field) => {
    const call = service().call('runProgram', input)
    await expect(call).rejects.toBeInstanceOf(ApiInputError)
    await expect(call).rejects.toThrow(field)
  })

  it('says false when cancelling a run that does not exist', async () => {
    expect(await service().call('cancelRun', { runId: 'nope' })).toEqual({ cancelled: false })
  })
})
