// The application shell: navigation (案件 / 教学练习 / 设置), language and theme from the settings.
import { Alert, App as AntApp, ConfigProvider, Layout, Menu, Spin, Typography, theme as antTheme } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import enUS from 'antd/locale/en_US'
import { Suspense, lazy, useEffect, useMemo, useState } from 'react'
import { defaultSettings, type Settings } from '../../core/settings'
import { labelSpinButtons } from './a11y'
import { call } from './api'
import { I18nContext, makeI18n } from './i18n'
import { setUiLanguage } from './i18n/language'
import { MatterEditor } from './editor/MatterEditor'
import { MattersHome } from './home/MattersHome'
import { SettingsPage } from './settings/SettingsPage'
import { UnlockStore } from './settings/UnlockStore'

type Route = { page: 'home' } | { page: 'matter'; id: string } | { page: 'statements'; id: string } | { page: 'clinic' } | { page: 'settings' }

// the clinic pages load on first use (their own chunk)
const ClinicHome = lazy(async () => ({ default: (await import('./clinic/index')).ClinicHome }))
// the statements page (流水分析) likewise
const StatementsPage = lazy(async () => ({ default: (await import('./statements/StatementsPage')).StatementsPage }))

function parseHash(): Route {
  const h = window.location.hash.replace(/^#\/?/, '')
  const [page, id] = h.split('/')
  if (page === 'matter' && id) return { page: 'matter', id: decodeURIComponent(id) }
  if (page === 'statements' && id) return { page: 'statements', id: decodeURIComponent(id) }
  if (page === 'clinic') return { page: 'clinic' }
  if (page === 'settings') return { page: 'settings' }
  return { page: 'home' }
}
function routeHash(r: Route): string {
  return r.page === 'matter' || r.page === 'statements' ? `#/${r.page}/${encodeURIComponent(r.id)}` : r.page === 'home' ? '#/' : `#/${r.page}`
}

export function App() {
  const [settings, setSettings] = useState<Settings>(defaultSettings)
  const [loaded, setLoaded] = useState(false)
  const [route, setRouteState] = useState<Route>(parseHash)
  // a notice about the data folder from the main process (e.g. read-only: saves are refused)
  const [storeNotice, setStoreNotice] = useState<string | null>(null)
  // an encrypted data folder without a key at hand (no keystore, a moved folder): ask for the passphrase
  const [locked, setLocked] = useState(false)
  useEffect(() => {
    call('settings:get', {}).then(setSettings, () => undefined).finally(() => setLoaded(true))
    call('app:info', {}).then((i) => setStoreNotice(i.storeNotice ?? null), () => undefined)
    call('store:status', {}).then((st) => setLocked(st.locked), () => undefined)
    const onHash = () => setRouteState(parseHash())
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  const go = (r: Route) => {
    setRouteState(r)
    const h = routeHash(r)
    if (window.location.hash !== h) window.history.pushState(null, '', h)
  }
  setUiLanguage(settings.language)
  const i18n = useMemo(() => makeI18n(settings.language), [settings.language])
  const { t } = i18n
  const dark = settings.theme === 'dark'
  useEffect(() => {
    document.documentElement.lang = settings.language === 'zh' ? 'zh-CN' : 'en'
    document.documentElement.dataset.theme = settings.theme
  }, [settings.language, settings.theme])
  useEffect(() => labelSpinButtons(settings.language), [settings.language])

  const navKey = route.page === 'matter' || route.page === 'statements' ? 'home' : route.page
  return (
    <ConfigProvider
      locale={settings.language === 'zh' ? zhCN : enUS}
      // no space inserted between two Chinese characters (“取 消”): a button's text is its accessible name
      button={{ autoInsertSpace: false }}
      theme={{
        algorithm: dark ? antTheme.darkAlgorithm : antTheme.defaultAlgorithm,
        // text colours chosen for WCAG AA contrast (≥ 4.5:1) on the page, card and header backgrounds of each theme
        // motion: false — no open/close animations. While antd's dialogs zoom in they take no pointer events, so a
        // click in the first few hundred milliseconds after a dialog opened was lost (for a user as much as for the
        // end-to-end journeys: two of ten loaded runs failed on it, the passphrase and the extract dialogs)
        token: dark
          ? {
              motion: false,
              colorPrimary: '#2f6dbd', colorLink: '#8ab8f5', borderRadius: 4, fontSize: 14,
              colorTextSecondary: 'rgba(255,255,255,0.68)', colorTextTertiary: 'rgba(255,255,255,0.62)', colorTextDescription: 'rgba(255,255,255,0.68)',
              colorTextPlaceholder: 'rgba(255,255,255,0.55)', colorSuccess: '#73d13d', colorWarning: '#ffc53d', colorError: '#ff7875'
            }
          : {
              motion: false,
              colorPrimary: '#1d4f91', colorLink: '#1d4f91', borderRadius: 4, fontSize: 14,
              colorTextSecondary: 'rgba(0,0,0,0.66)', colorTextTertiary: 'rgba(0,0,0,0.62)', colorTextDescription: 'rgba(0,0,0,0.66)',
              colorTextPlaceholder: 'rgba(0,0,0,0.56)', colorSuccess: '#2b7a0b', colorWarning: '#a05a00', colorError: '#c4121f'
            }
      }}
    >
      <AntApp>
        <I18nContext.Provider value={i18n}>
          <Layout className={`shell ${dark ? 'dark' : 'light'}`} data-app-state={loaded ? 'loaded' : 'loading'} data-testid="app-root">
            <Layout.Header className="shell-header">
              <div className="brand" onClick={() => go({ page: 'home' })}>
                <span className="brand-mark" aria-hidden lang="zh-CN">帮</span>
                <h1 className="brand-title">{t('app.title')}</h1>
                <Typography.Text className="brand-sub">{t('app.subtitle')}</Typography.Text>
              </div>
              <Menu
                mode="horizontal"
                theme={dark ? 'dark' : 'light'}
                selectedKeys={[navKey]}
                className="shell-nav"
                onClick={(e) => go(e.key === 'home' ? { page: 'home' } : e.key === 'clinic' ? { page: 'clinic' } : { page: 'settings' })}
                items={[
                  { key: 'home', label: t('nav.matters') },
                  { key: 'clinic', label: t('nav.clinic') },
                  { key: 'settings', label: t('nav.settings') }
                ]}
              />
            </Layout.Header>
            <Layout.Content className="shell-content">
              {locked && <UnlockStore onUnlocked={() => { setLocked(false); window.location.reload() }} />}
              {storeNotice && <Alert type="warning" showIcon message={storeNotice} data-testid="store-notice" style={{ marginBottom: 12 }} />}
              {!loaded ? <Spin style={{ margin: 48 }} /> : route.page === 'home' ? (
                <MattersHome onOpen={(id) => go({ page: 'matter', id })} />
              ) : route.page === 'matter' ? (
                <MatterEditor id={route.id} onBack={() => go({ page: 'home' })} onOpen={(id) => go({ page: 'matter', id })} />
              ) : route.page === 'statements' ? (
                <Suspense fallback={<Spin />}><StatementsPage id={route.id} onBack={() => go({ page: 'matter', id: route.id })} /></Suspense>
              ) : route.page === 'settings' ? (
                <SettingsPage onSaved={setSettings} />
              ) : (
                <Suspense fallback={<Spin />}><div data-testid="clinic"><ClinicHome /></div></Suspense>
              )}
            </Layout.Content>
          </Layout>
        </I18nContext.Provider>
      </AntApp>
    </ConfigProvider>
  )
}
