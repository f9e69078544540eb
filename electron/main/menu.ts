// The native application menu, in Chinese: 文件 / 编辑 / 视图 / 帮助.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../core/ipc/contract'

export type { MenuCommand }

export interface MenuActions {
  /** ask the renderer to run a command (it listens via the preload's onMenuCommand) */
  command: (name: MenuCommand) => void
  openDataFolder: () => void
  about: () => void
  quit: () => void
  isDev: boolean
}


export function menuTemplate(a: MenuActions): MenuItemConstructorOptions[] {
  return [
    {
      label: '文件',
      submenu: [
        { label: '新建案件', accelerator: 'CmdOrCtrl+N', click: () => a.command('newMatter') },
        { label: '导入案件文件…', accelerator: 'CmdOrCtrl+O', click: () => a.command('importMatter') },
        { label: '导出案件文件…', accelerator: 'CmdOrCtrl+E', click: () => a.command('exportMatter') },
        { label: '保存', accelerator: 'CmdOrCtrl+S', click: () => a.command('saveMatter') },
        { type: 'separator' },
        { label: '设置…', accelerator: 'CmdOrCtrl+,', click: () => a.command('openSettings') },
        { label: '打开数据文件夹', click: () => a.openDataFolder() },
        { type: 'separator' },
        { label: '退出', accelerator: 'CmdOrCtrl+Q', click: () => a.quit() }
      ]
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' }
      ]
    },
    {
      label: '视图',
      submenu: [
        { label: '重新加载', role: 'reload' },
        ...(a.isDev ? [{ label: '开发者工具', role: 'toggleDevTools' } as const] : []),
        { type: 'separator' },
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' }
      ]
    },
    {
      label: '帮助',
      submenu: [
        { label: '使用说明', accelerator: 'F1', click: () => a.command('showHelp') },
        { label: '关于帮信案件文书工作台', click: () => a.about() }
      ]
    }
  ]
}
