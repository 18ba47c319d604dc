import { lazy, Suspense } from 'react'
import { useAnswersStore } from '../../store/answers-store'

// Rarely shown, so its words and looks load only when there is something to say.
const StorageNoticeMessage = lazy(() => import('./storage-notice-message'))

/** Says once that saved answers could not be read back; dismissing it clears it for good. */
export function StorageNotice() {
  const notice = useAnswersStore((s) => s.storageNotice)
  return notice ? (
    <Suspense>
      <StorageNoticeMessage notice={notice} />
    </Suspense>
  ) : null
}
