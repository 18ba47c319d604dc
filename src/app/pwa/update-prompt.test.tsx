import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { UpdatePrompt } from './update-prompt'

describe('UpdatePrompt', () => {
  it('says a new version is there and reloads only on Reload', async () => {
    const onReload = vi.fn()
    const onLater = vi.fn()
    render(<UpdatePrompt onReload={onReload} onLater={onLater} />)
    expect(screen.getByText('A new version is available.')).toBeVisible()
    await userEvent.click(screen.getByRole('button', { name: 'Later' }))
    expect(onLater).toHaveBeenCalledOnce()
    expect(onReload).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }))
    expect(onReload).toHaveBeenCalledOnce()
  })
})
