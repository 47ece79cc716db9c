import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** A place as activities have one: its centre (degrees) and radius (metres). */
export interface Place {
  latitude: number;
  longitude: number;
  radius: number;
}

/**
 * A map (Leaflet) to pick an activity's place: a click or tap sets its centre, and the circle
 * shows its radius. Without a tile server (`tileUrl` empty) the map is a plain plotted view,
 * with the scale and the circle, and `around` (other places) as dots for orientation; with one,
 * its tiles are drawn under them. Starts at `place`, else at `start`.
 */
export default function PlacePicker({
  place,
  start,
  around,
  tileUrl,
  onPick,
}: {
  place?: Place;
  start: { latitude: number; longitude: number };
  around: { latitude: number; longitude: number }[];
  tileUrl?: string;
  onPick: (centre: { latitude: number; longitude: number }) => void;
}) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map>(undefined);
  const circle = useRef<L.Circle>(undefined);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    if (!holder.current) return;
    const centre = place ?? start;
    const created = L.map(holder.current, { attributionControl: Boolean(tileUrl) }).setView(
      [centre.latitude, centre.longitude],
      16,
    );
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: '© OpenStreetMap contributors' }).addTo(
        created,
      );
    }
    L.control.scale({ imperial: false }).addTo(created);
    for (const other of around) {
      L.circleMarker([other.latitude, other.longitude], { radius: 4, color: '#4a4a4a' }).addTo(
        created,
      );
    }
    created.on('click', (event: L.LeafletMouseEvent) =>
      pick.current({ latitude: event.latlng.lat, longitude: event.latlng.lng }),
    );
    map.current = created;
    return () => {
      created.remove();
      map.current = undefined;
      circle.current = undefined;
    };
    // Made once per tile server; the place moves its circle below.
  }, [tileUrl]);
  useEffect(() => {
    if (!map.current || !place) return;
    const at: L.LatLngExpression = [place.latitude, place.longitude];
    if (circle.current) circle.current.setLatLng(at).setRadius(place.radius);
    else
      circle.current = L.circle(at, { radius: place.radius, color: '#0b6e4f' }).addTo(map.current);
  }, [place]);
  return <div className="map" ref={holder} role="application" aria-label={t('admin.map')} />;
}
