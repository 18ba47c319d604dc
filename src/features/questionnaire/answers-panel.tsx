import type { AnswerKey, Answers } from '../../engine/contract/answers'
import { AnswersSummary } from './answers-summary'
import { StartOver } from './start-over'

interface AnswersPanelProps {
  steps: AnswerKey[]
  current: AnswerKey
  answers: Answers
  /** The router path of a step. */
  stepPath: (key: AnswerKey) => string
  onStartOver: () => void
}

/** Beside the question: the answers so far, and a way to start over. */
export default function AnswersPanel({ onStartOver, ...summary }: AnswersPanelProps) {
  return (
    <>
      <AnswersSummary {...summary} />
      <StartOver onConfirm={onStartOver} />
    </>
  )
}
