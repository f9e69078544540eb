// 《解释》第十二条第一款第（七）项：其他情节严重的情形 — a catch-all the app never applies by itself.
import { defineGround } from './define'
import { ground } from './common'

const id = 'interp2019-12-1-7'

export default defineGround({
  id,
  short: '其他情节严重的情形',
  reads: [],
  evaluate: (_d, regime) => ground(id, regime, 'undetermined', '兜底条款，本工具不自动适用', [], [id])
})
