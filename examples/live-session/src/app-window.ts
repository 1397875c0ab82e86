/** The window the app runs in, with its constructors (`Date`, `BroadcastChannel`, `Blob`, ...). */
export type AppWindow = Window & typeof globalThis;
