import { describe, expect, it } from 'vitest';
import { findCycle, findCycleIn, successorsOf, type DependencyEdge } from './find-cycle.js';

const edge = (predecessorId: string, successorId: string): DependencyEdge => ({
  predecessorId,
  successorId,
});

describe('findCycle', () => {
  it('allows an edge that keeps the graph acyclic', () => {
    const edges = [edge('design', 'build'), edge('build', 'test')];
    expect(findCycle(edges, edge('design', 'test'))).toBeNull();
    expect(findCycle(edges, edge('test', 'ship'))).toBeNull();
    expect(findCycle([], edge('a', 'b'))).toBeNull();
  });

  it('reports the closed cycle in dependency order, starting and ending at the new successor', () => {
    const edges = [edge('design', 'build'), edge('build', 'test')];
    expect(findCycle(edges, edge('test', 'design'))).toEqual(['design', 'build', 'test', 'design']);
  });

  it('reports a two-item cycle for the reverse of an existing edge', () => {
    expect(findCycle([edge('a', 'b')], edge('b', 'a'))).toEqual(['a', 'b', 'a']);
  });

  it('reports a self-link as a cycle of one item', () => {
    expect(findCycle([], edge('a', 'a'))).toEqual(['a', 'a']);
  });

  it('reports a shortest cycle when several exist', () => {
    // a reaches d both directly through c and through the long way b1..b4.
    const edges = [
      edge('a', 'b1'),
      edge('b1', 'b2'),
      edge('b2', 'b3'),
      edge('b3', 'b4'),
      edge('b4', 'd'),
      edge('a', 'c'),
      edge('c', 'd'),
    ];
    expect(findCycle(edges, edge('d', 'a'))).toEqual(['a', 'c', 'd', 'a']);
  });

  it('ignores parts of the graph that do not lead back', () => {
    const edges = [edge('x', 'y'), edge('y', 'z'), edge('a', 'b'), edge('b', 'x')];
    expect(findCycle(edges, edge('z', 'b'))).toEqual(['b', 'x', 'y', 'z', 'b']);
    expect(findCycle(edges, edge('z', 'q'))).toBeNull();
  });

  it('tolerates duplicate edges and existing cycles elsewhere without looping', () => {
    const edges = [edge('p', 'q'), edge('q', 'p'), edge('a', 'b'), edge('a', 'b')];
    expect(findCycle(edges, edge('b', 'c'))).toBeNull();
    expect(findCycle(edges, edge('b', 'a'))).toEqual(['a', 'b', 'a']);
  });

  it('walks a chain far deeper than the call stack would allow a recursive search', () => {
    const depth = 200_000;
    const edges = Array.from({ length: depth }, (_, i) => edge(`n${i}`, `n${i + 1}`));
    const cycle = findCycle(edges, edge(`n${depth}`, 'n0'));
    expect(cycle).toHaveLength(depth + 2);
    expect(cycle![0]).toBe('n0');
    expect(cycle!.at(-2)).toBe(`n${depth}`);
  });

  it('answers many questions from one set of adjacency lists', () => {
    const successors = successorsOf([edge('a', 'b'), edge('b', 'c')]);
    expect(findCycleIn(successors, edge('c', 'a'))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycleIn(successors, edge('a', 'c'))).toBeNull();
  });
});
