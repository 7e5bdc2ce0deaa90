import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { distanceKm, resourceDistance, withinRadius } from '../../src/core/filters/distance.js';
import { sortHits, type Resource } from '../../src/index.js';
import { LYON, places } from '../data.js';

const hits = (rs: Resource[]) => rs.map((resource) => ({ resource }));

describe('distance', () => {
  it('measures great-circle distances', () => {
    expect(distanceKm(LYON, { lat: 43.2965, lng: 5.3698 })).to.be.within(275, 280); // Lyon–Marseille
    expect(distanceKm(LYON, LYON)).to.equal(0);
  });

  it('never gives the distance of a confidential place', () => {
    expect(
      resourceDistance(
        places.find((r) => r.id === 'hidden')!,
        LYON,
      ),
    ).to.equal(undefined);
  });

  it('sorts by distance from a given position, places it cannot place last', () => {
    expect(sortHits(hits(places), 'distance', 'en', LYON).map((h) => h.resource.id)).to.deep.equal([
      'near',
      'mid',
      'far',
      'hidden',
      'online',
    ]);
  });

  it('keeps what is within the radius, and what cannot be placed', () => {
    expect(withinRadius(hits(places), LYON, 20).map((h) => h.resource.id)).to.deep.equal([
      'near',
      'mid',
      'hidden',
      'online',
    ]);
    expect(withinRadius(hits(places), LYON, 5).map((h) => h.resource.id)).to.deep.equal([
      'near',
      'hidden',
      'online',
    ]);
  });
});
