import { api, unwrap } from '../../api';

/** Module-level so `useApiQuery` gets a stable loader. */
export const loadExposure = async () => unwrap(await api()['exposure:get']());
