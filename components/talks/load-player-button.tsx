export type LoadPlayerButtonProps = { title: string; provider: string; onClick: () => void }

/** The placeholder of a player that is not loaded yet: it says what it loads, and from where. */
export function LoadPlayerButton({ title, provider, onClick }: LoadPlayerButtonProps) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="group absolute inset-0 flex flex-col items-center justify-center gap-3 text-white focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
    >
      <span
        aria-hidden="true"
        className="flex h-16 w-16 items-center justify-center rounded-full bg-white/15 ring-2 ring-white/70 transition group-hover:scale-105 group-hover:bg-white/25"
      >
        <svg viewBox="0 0 24 24" className="ml-1 h-8 w-8 fill-current">
          <path d="M8 5v14l11-7z" />
        </svg>
      </span>
      <span className="text-lg font-semibold">{`Load ${title}`}</span>
      <span className="text-xs text-white/75">{`Loads the player from ${provider}`}</span>
    </button>
  )
}
