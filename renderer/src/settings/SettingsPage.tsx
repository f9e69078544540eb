// Settings: language, theme, memo line spacing, the profile (firm, lawyer, licence; procuratorate,
// prosecutor) and per-kind memo boilerplate (settings:get / settings:set).
import { App as AntApp, Button, Card, Form, Input, InputNumber, Radio, Spin, Tabs, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { MEMO_KINDS, settingsSchema, type Settings } from '../../../core/settings'
import { call, errorText } from '../api'
import { useI18n } from '../i18n'
import { StoreSecurity } from './StoreSecurity'

export function SettingsPage({ onSaved }: { onSaved: (s: Settings) => void }) {
  const { t } = useI18n()
  const { message } = AntApp.useApp()
  const [s, setS] = useState<Settings | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    call('settings:get', {}).then(setS, (e) => setError(errorText(e)))
  }, [])
  if (!s) return error ? <Typography.Text type="danger">{error}</Typography.Text> : <Spin />
  const check = settingsSchema.safeParse(s)
  const issue = (path: string): string | undefined =>
    check.success ? undefined : check.error.issues.filter((i) => i.path.join('.') === path).map((i) => i.message).join('；') || undefined
  const save = async () => {
    if (!check.success) return
    try {
      const saved = await call('settings:set', { settings: s })
      setS(saved)
      onSaved(saved)
      message.success(t('settings.saved'))
    } catch (e) {
      message.error(errorText(e))
    }
  }
  return (
    <div className="settings" data-testid="settings">
      <Typography.Title level={3}>{t('settings.title')}</Typography.Title>
      <Form layout="vertical" component="div" style={{ maxWidth: 760 }}>
        <Card size="small">
          <Form.Item label={<span id="lang-label">{t('settings.language')}</span>}>
            <Radio.Group aria-labelledby="lang-label" optionType="button" value={s.language} onChange={(e) => setS({ ...s, language: e.target.value as Settings['language'] })}
              options={[{ value: 'zh', label: <span lang="zh-CN">简体中文</span> }, { value: 'en', label: <span lang="en">English</span> }]} />
          </Form.Item>
          <Form.Item label={<span id="theme-label">{t('settings.theme')}</span>}>
            <Radio.Group aria-labelledby="theme-label" optionType="button" value={s.theme} onChange={(e) => setS({ ...s, theme: e.target.value as Settings['theme'] })}
              options={[{ value: 'light', label: t('settings.theme.light') }, { value: 'dark', label: t('settings.theme.dark') }]} />
          </Form.Item>
          <Form.Item label={t('settings.lineSpacing')} htmlFor="line-spacing" validateStatus={issue('memoLineSpacingPt') ? 'error' : undefined} help={issue('memoLineSpacingPt')}>
            <InputNumber<number> id="line-spacing" value={s.memoLineSpacingPt} onChange={(v) => setS({ ...s, memoLineSpacingPt: typeof v === 'number' ? v : NaN })} />
          </Form.Item>
        </Card>
        <Card size="small" title={t('settings.profile')} style={{ marginTop: 12 }} data-testid="settings-profile">
          {([['defense', ['firm', 'lawyer', 'licenseNo']], ['prosecution', ['procuratorate', 'prosecutor']]] as const).map(([side, fields]) => (
            <fieldset key={side} className="settings-profile-group">
              <legend>{t(`settings.profile.${side}`)}</legend>
              {fields.map((f) => (
                <Form.Item key={f} label={t(`settings.profile.${f}`)} htmlFor={`profile-${f}`} validateStatus={issue(`profile.${f}`) ? 'error' : undefined} help={issue(`profile.${f}`)}>
                  <Input id={`profile-${f}`} lang="zh-CN" value={s.profile[f]} onChange={(e) => setS({ ...s, profile: { ...s.profile, [f]: e.target.value } })} />
                </Form.Item>
              ))}
            </fieldset>
          ))}
        </Card>
        <Card size="small" title={t('settings.boilerplate')} style={{ marginTop: 12 }}>
          <Tabs items={MEMO_KINDS.map((k) => ({
            key: k,
            label: t(`memo.kind.${k}`),
            children: (
              <>
                {(['letterhead', 'signature', 'closing'] as const).map((f) => (
                  <Form.Item key={f} label={t(`settings.${f}`)} htmlFor={`bp-${k}-${f}`} validateStatus={issue(`boilerplate.${k}.${f}`) ? 'error' : undefined} help={issue(`boilerplate.${k}.${f}`)}>
                    <Input.TextArea id={`bp-${k}-${f}`} lang="zh-CN" autoSize={{ minRows: 1, maxRows: 4 }} value={s.boilerplate[k][f]}
                      onChange={(e) => setS({ ...s, boilerplate: { ...s.boilerplate, [k]: { ...s.boilerplate[k], [f]: e.target.value } } })} />
                  </Form.Item>
                ))}
              </>
            )
          }))} />
        </Card>
        <Button type="primary" style={{ marginTop: 12 }} disabled={!check.success} onClick={() => void save()} data-testid="settings-save">{t('common.save')}</Button>
      </Form>
      <div style={{ maxWidth: 760 }}><StoreSecurity /></div>
    </div>
  )
}
