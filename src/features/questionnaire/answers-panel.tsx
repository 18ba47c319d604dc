import type { Answers } from '../../engine/contract/answers'
import type { StepKey } from '../../questions/steps'
import { AnswersSummary } from './answers-summary'
import { StartOver } from './start-over'

interface AnswersPanelProps {
  steps: StepKey[]
  current: StepKey
  answers: Answers
  /** The router path of a step. */
  stepPath: (key: StepKey) => string
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
