// Placeholder until the feature lands.
import { useDesk } from '@renderer/app/desk'

export function WelcomePage() {
  const { updateSetting } = useDesk()
  return (
    <button type="button" onClick={() => void updateSetting('onboarded', true)}>
      {'→'}
    </button>
  )
}
