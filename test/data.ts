/** Small directories shared by the pure tests and the element tests that show them. */
import { parseFeed } from '../src/index.js';

/** A position in Lyon. */
export const LYON = { lat: 45.764, lng: 4.8357 };

/** Places around Lyon and beyond: one confidential, one without a position. */
export const places = parseFeed([
  {
    id: 'near',
    name: 'Near',
    coordinates: { lat: 45.76, lng: 4.84 },
    address: { locality: 'Lyon' },
  },
  {
    id: 'far',
    name: 'Far',
    coordinates: { lat: 43.2965, lng: 5.3698 },
    address: { locality: 'Marseille' },
  },
  { id: 'mid', name: 'Mid', coordinates: { lat: 45.9, lng: 4.9 }, address: { locality: 'Lyon' } },
  {
    id: 'hidden',
    name: 'Secret shelter',
    coordinates: { lat: 45.7641, lng: 4.8358 },
    confidential: true,
    address: { locality: 'Lyon' },
  },
  { id: 'online', name: 'Helpline', delivery: ['phone'] },
]).resources;

/** Two resources for "My list": one with contact details and hours, one confidential. */
export const listResources = parseFeed([
  {
    id: 'pantry',
    name: 'Community Pantry',
    organization: 'Neighbours Trust',
    phones: [{ number: '+44 161 000 0000', label: 'Reception' }],
    address: { street: '1 Main Street', locality: 'Manchester' },
    hours: {
      timezone: 'Europe/London',
      weekly: [
        { day: 'mo', opens: '09:00', closes: '12:00' },
        { day: 'we', opens: '14:00', closes: '17:00' },
      ],
    },
    website: 'https://pantry.example.org',
  },
  {
    id: 'refuge',
    name: 'Safe Refuge',
    confidential: true,
    phones: [{ number: '+44 161 000 9999' }],
    address: { street: '9 Hidden Road', locality: 'Manchester' },
  },
]).resources;
