import { formatDate } from '@/lib/core/dates'

export type FormattedDateProps = { day: string }

export function FormattedDate({ day }: FormattedDateProps) {
  return <time dateTime={day}>{formatDate(day)}</time>
}
