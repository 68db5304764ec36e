// Where the user left the account list: its address (the filters) and scroll offset, so that the way back
// from an account — or from a report opened in its timeline — lands where they were.
export class ListMemory {
  private search = ''
  private offset = 0

  /** the list is at this address now (a new address starts at the top) */
  at(search: string): void {
    if (search === this.search) return
    this.search = search
    this.offset = 0
  }

  scrolled(search: string, offset: number): void {
    this.search = search
    this.offset = offset
  }

  /** the list's address to go back to */
  address(): string {
    return this.search
  }

  /** where to scroll a list at this address: where the user left it, or the top */
  offsetFor(search: string): number {
    return search === this.search ? this.offset : 0
  }
}

