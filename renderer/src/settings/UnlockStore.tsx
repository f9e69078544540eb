// Shown above every page while the encrypted data folder has no key at hand: enter the passphrase (store:unlock).
import { Alert, Button, Input, Space } from 'antd'
import { useState } from 'react'
import { call, errorText } from '../api'
import { useI18n } from '../i18n'

export function UnlockStore({ onUnlocked }: { onUnlocked: () => void }) {
  const { t } = useI18n()
  const [pass, setPass] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      const st = await call('store:unlock', { passphrase: pass })
      if (!st.locked) onUnlocked()
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="unlock-store" message={t('security.unlockTitle')} description={
      <Space direction="vertical">
        <Space>
          <Input.Password aria-label={t('security.unlockTitle')} value={pass} onChange={(e) => setPass(e.target.value)} onPressEnter={() => void submit()} style={{ width: 260 }} />
          <Button type="primary" loading={busy} disabled={!pass} onClick={() => void submit()}>{t('security.unlock')}</Button>
        </Space>
        {error && <span role="alert">{error}</span>}
      </Space>
    } />
  )
}
