import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.ts';
import './app.css';

createRoot(document.getElementById('root')!).render(createElement(App));
