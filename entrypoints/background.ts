import { defineBackground } from 'wxt/utils/define-background';
import { makeActionOpenPanel } from '../lib/platform/panel';

export default defineBackground(() => {
  makeActionOpenPanel();
});
