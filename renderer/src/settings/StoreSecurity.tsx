// 数据加密: the data folder's protection (store:status) and its passphrase (store:setPassphrase).
import { App as AntApp, Button, Card, Descriptions, Input, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { StoreStatus } from '../../../core/ipc/contract'
import { call, errorText } from '../api'
import { useI18n } from '../i18n'

export function StoreSecurity() {
  const { t } = useI18n()
  const { message } = AntApp.useApp()
  const [status, setStatus] = useState<StoreStatus | null>(null)
  const [pass, setPass] = useState('')
  const [pass2, setPass2] = useState('')
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    call('store:status', {}).then(setStatus, () => setStatus(null))
  }, [])
  if (!status) return null
  const yes = (b: boolean): string => (b ? t('security.yes') : t('security.no'))
  const mismatch = pass2.length > 0 && pass !== pass2
  const submit = async () => {
    setBusy(true)
    try {
      setStatus(await call('store:setPassphrase', { passphrase: pass }))
      setPass('')
      setPass2('')
      message.success(t('security.passphraseSet'))
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Card size="small" title={t('security.title')} style={{ marginTop: 12 }} data-testid="store-security">
      <Descriptions size="small" column={1} items={[
        { key: 'e', label: t('security.encrypted'), children: <span data-testid="store-encrypted">{yes(status.encrypted)}</span> },
        { key: 'k', label: t('security.keystore'), children: yes(status.keystore) },
        { key: 'p', label: t('security.passphrase'), children: yes(status.passphrase) }
      ]} />
      <Typography.Paragraph type="secondary">{t('security.explain')}</Typography.Paragraph>
      <Space wrap>
        <Input.Password aria-label={t('security.newPassphrase')} placeholder={t('security.newPassphrase')} value={pass} onChange={(e) => setPass(e.target.value)} style={{ width: 220 }} />
        <Input.Password aria-label={t('security.repeatPassphrase')} placeholder={t('security.repeatPassphrase')} value={pass2} onChange={(e) => setPass2(e.target.value)} style={{ width: 220 }}
          status={mismatch ? 'error' : undefined} />
        <Button onClick={() => void submit()} loading={busy} disabled={pass.length < 8 || pass !== pass2 || status.readOnly} data-testid="set-passphrase">
          {status.encrypted ? t('security.change') : t('security.encryptWith')}
        </Button>
      </Space>
    </Card>
  )
}
