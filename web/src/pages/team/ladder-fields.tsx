import { NamedOptions, SelectField } from '../../components/select-field';
import type { CareerLadder } from './team-types';

interface LadderFieldsProps {
  ladder: CareerLadder;
  levelId: string;
  trackId: string;
  onLevel(id: string): void;
  onTrack(id: string): void;
  errors: Partial<Record<'levelId' | 'trackId', string>>;
}

/** A career level (named with its grade) and a track, either may stay unset. */
export function LadderFields({
  ladder,
  levelId,
  trackId,
  onLevel,
  onTrack,
  errors,
}: LadderFieldsProps) {
  return (
    <>
      <SelectField
        label="Level"
        name="levelId"
        error={errors.levelId}
        value={levelId}
        onChange={onLevel}
        emptyLabel="—"
      >
        <NamedOptions
          items={ladder.levels.map((l) => ({ id: l.id, name: `${l.name} (${l.grade})` }))}
        />
      </SelectField>
      <SelectField
        label="Track"
        name="trackId"
        error={errors.trackId}
        value={trackId}
        onChange={onTrack}
        emptyLabel="—"
      >
        <NamedOptions items={ladder.tracks} />
      </SelectField>
    </>
  );
}
