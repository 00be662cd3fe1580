export type GrowthStageProps = { stage: string }

const STAGES: Record<string, { icon: string; label: string }> = {
  seedling: { icon: '🌱', label: 'Seedling' },
  budding: { icon: '🌿', label: 'Budding' },
  evergreen: { icon: '🌳', label: 'Evergreen' },
}

/** A digital garden's growth stage: how finished the note is. */
export function GrowthStage({ stage }: GrowthStageProps) {
  const known = STAGES[stage]
  return (
    <span className="inline-flex items-center gap-1 font-medium">
      {known && <span aria-hidden="true">{known.icon}</span>}
      {known?.label ?? stage}
    </span>
  )
}
