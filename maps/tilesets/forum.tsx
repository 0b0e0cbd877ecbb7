<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.11.0" name="forum" tilewidth="16" tileheight="16" tilecount="48" columns="8">
 <image source="../../assets/tiles/forum.png" width="128" height="96"/>
 <tile id="0">
  <properties>
   <property name="tile_name" value="stage_nw"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="tile_name" value="stage_n"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="tile_name" value="stage_ne"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="tile_name" value="stage_steps"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="tile_name" value="podium_top"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="9" width="14" height="7"/>
  </objectgroup>
 </tile>
 <tile id="5">
  <properties>
   <property name="tile_name" value="camera_top"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="tile_name" value="softbox_top"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="tile_name" value="seat_back_blue"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="3" width="12" height="11"/>
  </objectgroup>
 </tile>
 <tile id="8">
  <properties>
   <property name="tile_name" value="stage_w"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="tile_name" value="stage_c"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="tile_name" value="stage_e"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="tile_name" value="podium_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="14" height="14"/>
  </objectgroup>
 </tile>
 <tile id="13">
  <properties>
   <property name="tile_name" value="camera_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="2" width="10" height="12"/>
  </objectgroup>
 </tile>
 <tile id="14">
  <properties>
   <property name="tile_name" value="softbox_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="8" width="10" height="7"/>
  </objectgroup>
 </tile>
 <tile id="16">
  <properties>
   <property name="tile_name" value="stage_sw"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="tile_name" value="stage_s"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="tile_name" value="stage_se"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="tile_name" value="seat_back"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="3" width="12" height="11"/>
  </objectgroup>
 </tile>
 <tile id="20">
  <properties>
   <property name="tile_name" value="seats_row_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="3" width="14" height="11"/>
  </objectgroup>
 </tile>
 <tile id="21">
  <properties>
   <property name="tile_name" value="seats_row_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="3" width="14" height="11"/>
  </objectgroup>
 </tile>
 <tile id="22">
  <properties>
   <property name="tile_name" value="seats_row_blue_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="3" width="14" height="11"/>
  </objectgroup>
 </tile>
 <tile id="23">
  <properties>
   <property name="tile_name" value="seats_row_blue_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="3" width="14" height="11"/>
  </objectgroup>
 </tile>
 <tile id="24">
  <properties>
   <property name="tile_name" value="ring_light_0_0_f0"/>
  </properties>
  <animation>
   <frame tileid="24" duration="900"/>
   <frame tileid="25" duration="900"/>
  </animation>
 </tile>
 <tile id="25">
  <properties>
   <property name="tile_name" value="ring_light_0_0_f1"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="tile_name" value="big_screen_0_0_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="15" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="26" duration="1600"/>
   <frame tileid="29" duration="1600"/>
  </animation>
 </tile>
 <tile id="27">
  <properties>
   <property name="tile_name" value="big_screen_1_0_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="27" duration="1600"/>
   <frame tileid="30" duration="1600"/>
  </animation>
 </tile>
 <tile id="28">
  <properties>
   <property name="tile_name" value="big_screen_2_0_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="15" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="28" duration="1600"/>
   <frame tileid="31" duration="1600"/>
  </animation>
 </tile>
 <tile id="29">
  <properties>
   <property name="tile_name" value="big_screen_0_0_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="15" height="16"/>
  </objectgroup>
 </tile>
 <tile id="30">
  <properties>
   <property name="tile_name" value="big_screen_1_0_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="31">
  <properties>
   <property name="tile_name" value="big_screen_2_0_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="15" height="16"/>
  </objectgroup>
 </tile>
 <tile id="32">
  <properties>
   <property name="tile_name" value="ring_light_0_1_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="8" width="10" height="7"/>
  </objectgroup>
  <animation>
   <frame tileid="32" duration="900"/>
   <frame tileid="33" duration="900"/>
  </animation>
 </tile>
 <tile id="33">
  <properties>
   <property name="tile_name" value="ring_light_0_1_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="8" width="10" height="7"/>
  </objectgroup>
 </tile>
 <tile id="34">
  <properties>
   <property name="tile_name" value="big_screen_0_1_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="15" height="14"/>
  </objectgroup>
  <animation>
   <frame tileid="34" duration="1600"/>
   <frame tileid="37" duration="1600"/>
  </animation>
 </tile>
 <tile id="35">
  <properties>
   <property name="tile_name" value="big_screen_1_1_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
  <animation>
   <frame tileid="35" duration="1600"/>
   <frame tileid="38" duration="1600"/>
  </animation>
 </tile>
 <tile id="36">
  <properties>
   <property name="tile_name" value="big_screen_2_1_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="15" height="14"/>
  </objectgroup>
  <animation>
   <frame tileid="36" duration="1600"/>
   <frame tileid="39" duration="1600"/>
  </animation>
 </tile>
 <tile id="37">
  <properties>
   <property name="tile_name" value="big_screen_0_1_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="15" height="14"/>
  </objectgroup>
 </tile>
 <tile id="38">
  <properties>
   <property name="tile_name" value="big_screen_1_1_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="39">
  <properties>
   <property name="tile_name" value="big_screen_2_1_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="15" height="14"/>
  </objectgroup>
 </tile>
 <tile id="40">
  <properties>
   <property name="tile_name" value="on_air_f0"/>
  </properties>
  <animation>
   <frame tileid="40" duration="600"/>
   <frame tileid="41" duration="600"/>
  </animation>
 </tile>
 <tile id="41">
  <properties>
   <property name="tile_name" value="on_air_f1"/>
  </properties>
 </tile>
</tileset>
