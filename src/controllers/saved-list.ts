/**
 * "My list" for an element: the saved ids (in memory, or in localStorage when the host asks and safe mode is off), a
 * list shared by link, and the saved resources looked up in the directory.
 */
import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Resource } from '../core/feed/schema.js';
import { loadList, sharedListIds, storeList } from '../core/list/my-list.js';
import type { Directory } from '../core/view/directory.js';

export class SavedListController implements ReactiveController {
  /** Saved ids, in the order they were saved. */
  ids: string[] = [];
  /** Whether the list panel should be open (a shared list opens it). */
  open = false;
  /** The saved resources the directory holds. */
  readonly resources: Task<readonly [Directory | undefined, string[]], Resource[]>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly directory: () => Directory | undefined,
    /** Whether the list may be kept in storage now. */
    private readonly persist: () => boolean,
  ) {
    host.addController(this);
    this.resources = new Task(host, {
      task: async ([dir, ids]) => (dir && ids.length ? dir.lookup(ids) : []),
      args: () => [this.directory(), this.ids] as const,
    });
  }

  hostConnected(): void {
    if (this.persist() && !this.ids.length) this.ids = loadList(localStorage);
  }

  /** Replaces the saved ids. */
  set(ids: string[]): void {
    this.ids = ids;
    if (this.persist()) storeList(localStorage, ids);
    this.host.requestUpdate();
  }

  /** Saves or removes one resource. */
  toggle(id: string, saved: boolean): void {
    this.set(saved ? [...new Set([...this.ids, id])] : this.ids.filter((x) => x !== id));
  }

  /** Adds the resources of a list shared by link (`rf-list=…`) that the directory holds, and opens the list. */
  async addShared(search: string, directory: Directory): Promise<void> {
    const shared = (await directory.lookup(sharedListIds(search))).map((r) => r.id);
    if (!shared.length) return;
    this.ids = [...new Set([...this.ids, ...shared])];
    this.open = true;
    this.host.requestUpdate();
  }
}
