export default function Page() {
  return <h1 className="text-2xl font-semibold">Coming in this session</h1>
}
