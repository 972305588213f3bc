import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { watchStorage } from '@/utils/storage';

/**
 * A value read from storage and read again whenever storage changes (any tab, the guide, the
 * background). Undefined until the first read.
 */
export function useStored<T>(read: () => Promise<T>): Signal<T | undefined> {
  const value = useSignal<T | undefined>(undefined);
  useEffect(() => {
    const load = async () => {
      value.value = await read();
    };
    void load();
    return watchStorage(() => void load());
  }, []);
  return value;
}
