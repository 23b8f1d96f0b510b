const { app, BrowserWindow, ipcMain, shell } = require('electron');
const path = require('path');

function createWindow() {
  const win = new BrowserWindow({
    width: 1000,
    height: 700,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
    },
  });
  win.loadFile('index.html');
}

ipcMain.handle('open-folder', async (_event, folder) => {
  await shell.openPath(path.resolve(folder)); // ok: CWE-78
});

ipcMain.handle('open-link', async (_event, url) => {
  if (/^https:\/\//.test(url)) await shell.openExternal(url);
});

app.whenReady().then(createWindow);
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
