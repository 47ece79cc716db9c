import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Point } from './nearby-geometry';

/** An activity's place on the map: its id, title, centre (degrees) and radius (metres). */
export interface MapPlace extends Point {
  id: string;
  title: string;
  radius: number;
}

/**
 * The person (`here`, a filled dot) and activities' places (their circles and titles) on a
 * map (Leaflet), fitted to show them all. Without a tile server (`tileUrl` empty) it is a
 * plotted view, the places by their distance and bearing with a scale, as the admin's place
 * picker draws it; with one, its tiles are under them. A place tapped calls `onOpen` with its
 * id. The list beside it holds the same activities for keyboard and screen reader users.
 */
export default function NearbyMap({
  here,
  places,
  tileUrl,
  onOpen,
}: {
  here?: Point;
  places: MapPlace[];
  tileUrl?: string;
  onOpen?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const open = useRef(onOpen);
  open.current = onOpen;
  useEffect(() => {
    if (!holder.current) return;
    const map = L.map(holder.current, {
      attributionControl: Boolean(tileUrl),
      zoomControl: false,
    });
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: '© OpenStreetMap contributors' }).addTo(map);
    }
    L.control.scale({ imperial: false }).addTo(map);
    const shown: L.LatLngExpression[] = [];
    for (const place of places) {
      const at: L.LatLngExpression = [place.latitude, place.longitude];
      shown.push(at);
      L.circle(at, { radius: place.radius, color: '#0b6e4f', weight: 2 }).addTo(map);
      const marker = L.circleMarker(at, {
        radius: 7,
        color: '#07543c',
        fillColor: '#0b6e4f',
        fillOpacity: 1,
      })
        .bindTooltip(place.title, { permanent: true, direction: 'top', offset: [0, -8] })
        .addTo(map);
      marker.on('click', () => open.current?.(place.id));
    }
    if (here) {
      const at: L.LatLngExpression = [here.latitude, here.longitude];
      shown.push(at);
      L.circleMarker(at, { radius: 8, color: '#1b1b1b', fillColor: '#1d4ed8', fillOpacity: 1 })
        .bindTooltip(t('nearMap.you'), { permanent: true, direction: 'bottom', offset: [0, 8] })
        .addTo(map);
    }
    if (shown.length === 1) map.setView(shown[0], 16);
    else if (shown.length > 1)
      map.fitBounds(L.latLngBounds(shown), { padding: [40, 40], maxZoom: 17 });
    else map.setView([0, 0], 2);
    return () => {
      map.remove();
    };
  }, [here, places, tileUrl, t]);
  return <div className="map" ref={holder} role="application" aria-label={t('nearMap.label')} />;
}
