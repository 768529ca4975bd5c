import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/api';

// Exactly one object, one function per channel; ipcRenderer itself never leaves this file.
contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, args) => ipcRenderer.invoke(channel, args)),
);
