import { lazy, Suspense } from 'react'
import { HashRouter, Route, Routes } from 'react-router'
import { ErrorBoundary } from './error-boundary'
import { Layout } from './layout'
import { paths } from '../config/paths'
import { Home } from './routes/home'

// Heavy pages load on demand so the first screen stays light.
const QuestionStep = lazy(() => import('./routes/question-step'))
const Review = lazy(() => import('./routes/review'))
const Result = lazy(() => import('./routes/result'))
const DecisionMap = lazy(() => import('./routes/decision-map'))
const Guide = lazy(() => import('./routes/guide'))
const Decisions = lazy(() => import('./routes/decisions'))
const Compare = lazy(() => import('./routes/compare'))
const Data = lazy(() => import('./routes/data'))
const NotFound = lazy(() => import('./routes/not-found'))

function Loading() {
  return (
    <p role="status" className="loading-line">
      Loading…
    </p>
  )
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={paths.home.pattern} element={<Home />} />
        <Route path={paths.step.pattern} element={<QuestionStep />} />
        <Route path={paths.review.pattern} element={<Review />} />
        <Route path={paths.result.pattern} element={<Result />} />
        <Route path={paths.map.pattern} element={<DecisionMap />} />
        <Route path={paths.guide.pattern} element={<Guide />} />
        <Route path={paths.guideApproach.pattern} element={<Guide />} />
        <Route path={paths.decisions.pattern} element={<Decisions />} />
        <Route path={paths.compare.pattern} element={<Compare />} />
        <Route path={paths.data.pattern} element={<Data />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  )
}

/** Everything under the router: the same tree for the browser and for the built home shell. */
export function AppTree() {
  return (
    <ErrorBoundary>
      <Suspense fallback={<Loading />}>
        <AppRoutes />
      </Suspense>
    </ErrorBoundary>
  )
}

export function App() {
  return (
    <HashRouter>
      <AppTree />
    </HashRouter>
  )
}
